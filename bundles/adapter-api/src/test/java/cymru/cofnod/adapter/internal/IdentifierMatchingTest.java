package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** An item is matched only when all its identifiers belong to one person; an agency attaches its own id, once. */
public class IdentifierMatchingTest {

    private static final String ALED_NHS = "9990000018";
    private static final String DOREEN_NHS = "9990000026";
    private static final String UNKNOWN_NHS = "9990000034";
    private IngestFixture f;
    private String aled;
    private String doreen;

    @Before
    public void open() {
        f = new IngestFixture().agencyOwning("gofal-da", "identified", "PROVIDER")
                .agency("no-own-system", "identified").install(new IdentifiedAdapter());
        aled = f.person("Aled", ALED_NHS, "CC-1", null);
        doreen = f.person("Doreen", DOREEN_NHS, "CC-2", "GD-2");
    }

    @After
    public void close() {
        f.close();
    }

    private IngestReport send(String line) {
        return f.send("gofal-da", "text/plain", line);
    }

    private static String reason(IngestReport report) {
        assertEquals(report.toString(), 1, report.quarantined().size());
        return report.quarantined().get(0).reason();
    }

    @Test
    public void identifiersThatAgreeMatchAsBefore() {
        assertEquals(aled, send("v-1;CC-1;" + ALED_NHS + ";;;tea").accepted().get(0).personId());
        assertEquals(aled, send("v-2;CC-1;999 000 0018;;;tea").accepted().get(0).personId());
        assertEquals(doreen, send("v-3;;;GD-2;;tea").accepted().get(0).personId());
        // an identifier nobody has, beside one the person has and none of its system: nothing disagrees
        assertEquals(aled, send("v-4;CC-1;;GD-NEW;;tea").accepted().get(0).personId());
    }

    @Test
    public void aKnownLocalAuthorityIdWithAnotherPersonsNhsNumberIsAConflict() {
        String conflict = reason(send("v-1;CC-1;" + DOREEN_NHS + ";;;tea"));
        assertEquals("the identifiers local authority CC-1, nhs " + DOREEN_NHS + " do not all belong to one person "
                + "in Cofnod: nothing was matched; check them in your system, then retry", conflict);
        assertTrue(f.entries(aled).isEmpty());
        assertTrue(f.entries(doreen).isEmpty());
    }

    @Test
    public void aKnownLocalAuthorityIdWithADifferentNhsNumberIsTheSameConflict() {
        String differs = reason(send("v-1;CC-1;" + UNKNOWN_NHS + ";;;tea"));
        String elsewhere = reason(send("v-2;CC-1;" + DOREEN_NHS + ";;;tea"));
        // one reason whether or not the NHS number is someone else's: it never tells that someone else exists
        assertEquals(differs, elsewhere.replace(DOREEN_NHS, UNKNOWN_NHS));
        assertFalse(elsewhere, elsewhere.contains("Doreen") || elsewhere.contains(doreen) || elsewhere.contains("GD-2"));
        assertTrue(f.entries(aled).isEmpty());
        assertEquals(2, f.ingest().quarantine(IngestFixture.practitioner("gofal-da"), null, PageRequest.first(10))
                .items().size());
    }

    @Test
    public void registeringAPersonWithConflictingIdentifiersIsRefused() {
        f.install(new LinesAdapter("lines")).agency("uhb", "lines");
        IngestReport report = f.send("uhb", "text/plain", "person-1;" + UNKNOWN_NHS + ";CC-1");
        assertTrue(reason(report), reason(report).contains("do not all belong to one person"));
        assertEquals(Optional.empty(), f.people.findByIdentifier(IdentifierSystem.NHS, UNKNOWN_NHS));
    }

    @Test
    public void theAgencysOwnIdIsAttachedOnceAndAudited() {
        IngestReport first = send("v-1;CC-1;" + ALED_NHS + ";;GD-1;tea");
        assertEquals(aled, first.accepted().get(0).personId());
        assertEquals(Optional.of(aled), f.people.findByIdentifier(IdentifierSystem.PROVIDER, "GD-1"));
        Person details = f.people.get(IngestFixture.practitioner("gofal-da"), aled);
        assertEquals(new Person.Identifiers("CC-1", ALED_NHS, "GD-1"), details.identifiers());
        long version = details.version();
        List<AuditEvent> attached = f.audit().list(IngestFixture.SYSTEM_ADMIN, PageRequest.first(100)).items()
                .stream().filter(e -> e.detail() != null && e.detail().contains("attached its provider id GD-1")).toList();
        assertEquals(1, attached.size());
        assertEquals("worker@gofal-da", attached.get(0).user());
        assertEquals(aled, attached.get(0).personId());

        // again, and now named by it alone: nothing changes
        assertEquals(aled, send("v-2;CC-1;;;GD-1;tea").accepted().get(0).personId());
        assertEquals(aled, send("v-3;;;GD-1;GD-1;tea").accepted().get(0).personId());
        assertEquals(version, (long) f.people.get(IngestFixture.practitioner("gofal-da"), aled).version());
    }

    @Test
    public void anOwnIdNeverOverwritesAnotherOrTakesSomeoneElses() {
        String overwrite = reason(send("v-1;CC-2;;;GD-9;tea"));
        assertTrue(overwrite, overwrite.contains("already has another provider identifier"));
        String taken = reason(send("v-2;CC-1;;;GD-2;tea"));
        assertEquals("the identifiers provider GD-2 do not all belong to one person in Cofnod: nothing was matched; "
                + "check them in your system, then retry", taken);
        assertEquals(new Person.Identifiers("CC-2", DOREEN_NHS, "GD-2"),
                f.people.get(IngestFixture.practitioner("gofal-da"), doreen).identifiers());
        assertNull(f.people.get(IngestFixture.practitioner("gofal-da"), aled).identifiers().providerId());
        assertTrue(f.entries(aled).isEmpty());
        assertTrue(f.entries(doreen).isEmpty());
    }

    @Test
    public void onlyAnAgencyWithItsOwnSystemAttachesAndADryRunAttachesNothing() {
        IngestReport none = f.send("no-own-system", "text/plain", "v-1;CC-1;;;X-1;tea");
        assertTrue(reason(none), reason(none).contains("names no identifierSystem"));
        IngestReport tooLong = send("v-3;CC-1;;;" + "G".repeat(65) + ";tea");
        assertTrue(reason(tooLong), reason(tooLong).contains("longer than 64 characters"));
        IngestReport dry = f.ingest().dryRun(IngestFixture.practitioner("gofal-da"), "gofal-da", "text/plain",
                "v-2;CC-1;;;GD-1;tea".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, dry.accepted().size());
        assertEquals(Optional.empty(), f.people.findByIdentifier(IdentifierSystem.PROVIDER, "GD-1"));
    }
}
