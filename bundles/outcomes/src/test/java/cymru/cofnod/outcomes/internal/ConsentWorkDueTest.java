package cymru.cofnod.outcomes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.consent.internal.ConsentWorkDue;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.DueItem;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Consent and emergency access ending, as the practitioner they grant sees it, on real Derby. */
public class ConsentWorkDueTest {

    private static final Requester SW = new Requester("social-worker", "cardiff-council", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    private static final Requester CARER = new Requester("home-carer", "gofal-da-homecare", Role.PRACTITIONER,
            Purpose.DIRECT_CARE);
    private static final Requester PHYSIO = new Requester("physio", "cardiff-vale-uhb", Role.PRACTITIONER,
            Purpose.SAFEGUARDING);
    private static final Requester RHODRI = new Requester("rhodri", null, Role.PERSON, Purpose.DIRECT_CARE);

    private RecordFixture fixture;
    private ConsentWorkDue due;
    private String rhodri;

    @Before
    public void open() {
        fixture = new RecordFixture();
        due = new ConsentWorkDue(fixture.consentUnit.jpa(), fixture.audit, fixture.clock);
        rhodri = fixture.personWithLogin(SW, "Rhodri", "rhodri");
    }

    @After
    public void close() {
        fixture.close();
    }

    @Test
    public void aDirectiveEndingInTheWindowIsDueToThoseItGrants() {
        Instant until = fixture.clock.instant().plus(Duration.ofDays(7));
        String id = fixture.consent.give(RHODRI, rhodri, new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", "gofal-da-homecare", null, null, null), Set.of("direct-care"),
                Set.of(RecordCategory.ENTRIES), List.of(), null, until, "own-login", null, null, null, null,
                null)).id();
        List<DueItem> items = due.due(CARER, in(14));
        assertEquals(1, items.size());
        assertEquals(DueItem.CONSENT_ENDING, items.get(0).kind());
        assertEquals(until, items.get(0).dueAt());
        assertEquals("/consents/" + id, items.get(0).about());
        assertTrue("not yet in a shorter window", due.due(CARER, in(3)).isEmpty());
        assertTrue("nor to an agency it does not grant", due.due(SW, in(14)).isEmpty());
        fixture.clock.advance(Duration.ofDays(8));
        assertTrue("once expired it is no longer ending", due.due(CARER, in(14)).isEmpty());
    }

    @Test
    public void theirOwnBreakGlassIsDueUntilItEnds() {
        fixture.consent.breakGlass(PHYSIO, rhodri, "worried about bruising reported by his sister");
        List<DueItem> items = due.due(PHYSIO.withPurpose(Purpose.DIRECT_CARE), in(1));
        assertEquals(List.of(DueItem.BREAK_GLASS_ENDING), items.stream().map(DueItem::kind).toList());
        assertEquals(rhodri, items.get(0).personId());
        assertTrue("another's is not theirs", due.due(SW, in(1)).isEmpty());
        fixture.consent.endBreakGlass(PHYSIO, rhodri, null);
        assertTrue(due.due(PHYSIO, in(1)).isEmpty());
    }

    @Test
    public void onlyPractitionersHaveIt() {
        for (Requester r : List.of(RHODRI, CARER.withPurpose(Purpose.COMMISSIONING))) {
            try {
                due.due(r, in(14));
                fail(r + " has no consent work due");
            } catch (AccessDeniedException expected) {
                // refused and audited
            }
        }
    }

    private Instant in(int days) {
        return fixture.clock.instant().plus(Duration.ofDays(days));
    }
}
