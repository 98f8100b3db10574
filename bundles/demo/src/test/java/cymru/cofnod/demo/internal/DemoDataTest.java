package cymru.cofnod.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.NhsNumber;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.internal.RecordFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The demo people as the demo loads them onto the real record services. */
public class DemoDataTest {

    private static final List<String> EVERYONE = List.of(DemoData.RHODRI, DemoData.MARY, DemoData.DOREEN,
            DemoData.ALED, DemoData.OLIVER, DemoData.ALYS, DemoData.KEVIN);
    /** Oliver's plan as the guidance quotes it (scenario 5), byte for byte. */
    private static final String OLIVERS_WORDS = "go out by myself; walk to the shop; communicate with people more; "
            + "control my temper better; be less worried; learn to drive; get a job, perhaps to do with history; "
            + "feel good about myself; accept people's help more often";

    /** Loaded once: the tests only read. */
    private static RecordFixture fixture;

    @BeforeClass
    public static void load() {
        fixture = new RecordFixture();
        new DemoData(fixture.people(), fixture.record(), fixture.consent(), fixture.leases()).activate();
    }

    @AfterClass
    public static void close() {
        fixture.close();
    }

    private static String id(String localAuthorityId) {
        return fixture.people().findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, localAuthorityId).orElseThrow();
    }

    private static <T extends RecordItem> List<T> items(String personId, ItemKind<T> kind) {
        return fixture.record().list(DemoData.SOCIAL_WORKER, personId, kind, PageRequest.first(50)).items();
    }

    @Test
    public void aNodeStartingWhileAnotherLoadsTheDemoLeavesItToThatNode() {
        RecordFixture a = new RecordFixture();
        RecordFixture b = a.anotherNode();
        try {
            DemoData onB = new DemoData(b.people(), b.record(), b.consent(), b.leases());
            // B starts while A holds the demo's lease, as when two nodes start at once
            assertTrue(a.leases().runOnce(DemoData.JOB, Duration.ofMinutes(1), onB::activate));
            assertFalse(onB.loadedHere());
            assertTrue(b.people().findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, DemoData.RHODRI).isEmpty());

            DemoData onA = new DemoData(a.people(), a.record(), a.consent(), a.leases());
            onA.activate();
            assertTrue(onA.loadedHere());
            // a node started later finds it loaded and leaves it as it is
            DemoData later = new DemoData(b.people(), b.record(), b.consent(), b.leases());
            later.activate();
            assertTrue(later.loadedHere());
            assertEquals(1, b.people().search(DemoData.SOCIAL_WORKER, "Rhodri", PageRequest.first(10)).items().size());
        } finally {
            b.close();
            a.close();
        }
    }

    @Test
    public void everyDemoPersonHasTheirOwnNhsNumberFromTheTestRange() {
        Set<String> numbers = new HashSet<>();
        for (String localAuthorityId : EVERYONE) {
            Person person = fixture.people().get(DemoData.SOCIAL_WORKER, id(localAuthorityId));
            String nhs = person.identifiers().nhsNumber();
            assertTrue(person.givenName() + ": " + nhs, NhsNumber.isValid(nhs));
            long n = Long.parseLong(nhs);
            assertTrue(person.givenName() + ": " + nhs, n >= 9_990_000_000L && n <= 9_999_999_999L);
            assertEquals(localAuthorityId, person.identifiers().localAuthorityId());
            numbers.add(nhs);
        }
        assertEquals(EVERYONE.size(), numbers.size());
        // the home care provider names its people by its own client numbers
        for (String localAuthorityId : List.of(DemoData.MARY, DemoData.DOREEN)) {
            assertTrue(fixture.people().get(DemoData.SOCIAL_WORKER, id(localAuthorityId)).identifiers().providerId()
                    .startsWith("GD-"));
        }
    }

    @Test
    public void oliversPlanIsHisWordsUnedited() {
        List<String> lines = new ArrayList<>();
        for (Outcome o : items(id(DemoData.OLIVER), ItemKind.OUTCOME)) {
            lines.add(0, o.ownWords()); // newest first: his first line was recorded first
            assertEquals("person", o.expressedBy());
            assertEquals(null, o.professionalRestatement());
        }
        assertEquals(OLIVERS_WORDS, String.join("; ", lines));
        // the guidance's quotation of his plan has 39 words; its principles page calls it a 46-word plan
        assertEquals(39, OLIVERS_WORDS.split(" ").length);
    }

    @Test
    public void aledsRecordIsInWelsh() {
        String aled = id(DemoData.ALED);
        assertEquals("cy", fixture.people().get(DemoData.SOCIAL_WORKER, aled).preferredLanguage());
        List<Outcome> outcomes = items(aled, ItemKind.OUTCOME);
        assertEquals(1, outcomes.size());
        assertEquals("cy", outcomes.get(0).language());
        List<Entry> entries = items(aled, ItemKind.ENTRY);
        assertFalse(entries.isEmpty());
        entries.forEach(e -> e.parts().forEach(p -> assertEquals(p.text(), "cy", p.language())));
        assertTrue(entries.get(0).parts().stream().anyMatch(p -> "own-words".equals(p.type())));
        assertEquals(5, items(aled, ItemKind.RISK).size());
        items(aled, ItemKind.RISK).forEach(r -> assertEquals(r.description(), "cy", r.language()));
        assertEquals(5, items(aled, ItemKind.STRENGTH).size());
        items(aled, ItemKind.STRENGTH).forEach(s -> assertEquals(s.description(), "cy", s.language()));
        items(aled, ItemKind.STRENGTH).forEach(s -> assertEquals("gweithiwr cymdeithasol", s.viewOf()));
    }
}
