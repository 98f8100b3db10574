package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class IngestingServiceTest {

    private static final String NHS = "9434765919";
    private IngestFixture f;
    private final LinesAdapter lines = new LinesAdapter("lines");
    private String rhodri;

    @Before
    public void open() {
        f = new IngestFixture().agency("uhb", "lines").agency("council", "other").install(lines);
        rhodri = f.person("Rhodri", NHS, "CC-1", null);
    }

    @After
    public void close() {
        f.close();
    }

    private List<QuarantinedItem> waiting(String agency) {
        return f.ingest().quarantine(IngestFixture.practitioner(agency), null, PageRequest.first(500)).items();
    }

    @Test
    public void sameBatchTwiceIsStoredOnceAndReportedDuplicate() {
        String batch = "o-1;" + NHS + ";walked in the garden\no-2;" + NHS + ";stairs with a rail";
        IngestReport first = f.send("uhb", "text/plain", batch);
        assertEquals(2, first.accepted().size());
        IngestReport second = f.send("uhb", "text/plain; charset=UTF-8", batch);
        assertEquals(0, second.accepted().size());
        assertEquals(2, second.duplicate().size());
        assertEquals(first.accepted().get(0).itemId(), second.duplicate().get(0).itemId());
        assertEquals(2, f.entries(rhodri).size());
        assertEquals("uhb", f.entries(rhodri).get(0).provenance().agency());
    }

    @Test
    public void badItemsWaitInQuarantineAndTheRestLand() {
        IngestReport report = f.send("uhb", "text/plain", String.join("\n",
                "o-1;" + NHS + ";fine",
                "o-2;4010232137;nobody has this NHS number",
                "not a line",
                "o-3;" + NHS + ";",
                "o-4;" + NHS + ";about an outcome that is not there;no-such-outcome",
                "o-5;" + NHS + ";also fine"));
        assertEquals(List.of("o-1", "o-5"), report.accepted().stream().map(IngestReport.ItemResult::sourceKey).toList());
        assertEquals(4, report.quarantined().size());
        assertTrue(report.quarantined().get(0).reason(), report.quarantined().get(0).reason()
                .contains("no person in Cofnod has nhs 4010232137"));
        assertTrue(report.quarantined().get(1).reason().contains("key;nhs;text"));
        assertEquals("text is required", report.quarantined().get(2).reason());
        assertEquals(IngestingService.OUTCOME_NOT_REACHED, report.quarantined().get(3).reason());
        assertEquals(2, f.entries(rhodri).size());
        assertEquals(4, waiting("uhb").size());
        assertEquals(0, waiting("council").size());
    }

    @Test
    public void unknownPersonIsRetriedAfterTheyAreRegisteredAndCountsRetries() {
        String id = f.send("uhb", "text/plain", "o-9;4010232137;first visit").quarantined().get(0).quarantineId();
        IngestReport stillUnknown = f.ingest().retry(IngestFixture.practitioner("uhb"), id, null);
        assertEquals(id, stillUnknown.quarantined().get(0).quarantineId());
        assertEquals(1, f.ingest().quarantined(IngestFixture.practitioner("uhb"), id).retries());

        String sian = f.person("Siân", "4010232137", null, null);
        IngestReport landed = f.ingest().retry(IngestFixture.practitioner("uhb"), id, null);
        assertEquals(1, landed.accepted().size());
        assertEquals(sian, landed.accepted().get(0).personId());
        assertEquals(0, waiting("uhb").size());
        assertEquals("first visit", f.entries(sian).get(0).parts().get(0).text());
    }

    @Test
    public void aQuarantinedPayloadIsTheSendingAgencysAndNeverAnAdministratorsToRead() {
        String id = f.send("uhb", "text/plain", "o-7;" + NHS + ";").quarantined().get(0).quarantineId();
        QuarantinedItem asSent = f.ingest().quarantined(IngestFixture.practitioner("uhb"), id);
        assertEquals("o-7;" + NHS + ";", asSent.payload());
        QuarantinedItem asAdministered = f.ingest().quarantined(IngestFixture.SYSTEM_ADMIN, id);
        assertNull("raw personal data", asAdministered.payload());
        assertEquals(asSent.reason(), asAdministered.reason());
        assertEquals("uhb", asAdministered.agency());
        assertTrue(f.ingest().quarantine(IngestFixture.SYSTEM_ADMIN, null, PageRequest.first(50)).items().stream()
                .allMatch(q -> q.payload() == null));
        try {
            f.ingest().quarantined(IngestFixture.practitioner("council"), id);
            fail("another agency's quarantine answers as unknown");
        } catch (RecordNotFoundException expected) {
            // not theirs
        }
        try {
            f.ingest().quarantined(IngestFixture.practitioner("uhb").withPurpose(Purpose.COMMISSIONING), id);
            fail("commissioning never reads a payload");
        } catch (AccessDeniedException expected) {
            // reports only
        }
    }

    @Test
    public void aCorrectedPayloadReplacesTheQuarantinedOne() {
        String id = f.send("uhb", "text/plain", "o-7;" + NHS + ";").quarantined().get(0).quarantineId();
        IngestReport landed = f.ingest().retry(IngestFixture.practitioner("uhb"), id,
                ("o-7;" + NHS + ";now with words").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, landed.accepted().size());
        assertEquals(0, waiting("uhb").size());
    }

    @Test
    public void aFailedRetryKeepsItsNewReasonPayloadAndCount() {
        String id = f.send("uhb", "text/plain", "o-7;" + NHS + ";").quarantined().get(0).quarantineId();
        String corrected = "o-7;4010232137;now with words";
        IngestReport retried = f.ingest().retry(IngestFixture.practitioner("uhb"), id,
                corrected.getBytes(StandardCharsets.UTF_8));
        assertEquals(id, retried.quarantined().get(0).quarantineId());
        QuarantinedItem shown = f.ingest().quarantined(IngestFixture.practitioner("uhb"), id);
        assertEquals(retried.quarantined().get(0).reason(), shown.reason());
        assertTrue(shown.reason(), shown.reason().contains("no person in Cofnod has nhs 4010232137"));
        assertEquals(corrected, shown.payload());
        assertEquals(1, shown.retries());
    }

    @Test
    public void resendingTheSameBadItemKeepsOneQuarantineRowAndAFixedResendReleasesIt() {
        f.send("uhb", "text/plain", "o-8;" + NHS + ";");
        f.send("uhb", "text/plain", "o-8;" + NHS + ";");
        assertEquals(1, waiting("uhb").size());
        f.send("uhb", "text/plain", "o-8;" + NHS + ";fixed at the source");
        assertEquals(0, waiting("uhb").size());
    }

    @Test
    public void peopleAreMatchedOnIdentifiersNeverDuplicatedAndAmbiguityIsRefused() {
        f.person("Other", "4010232137", "CC-2", null);
        IngestReport report = f.send("uhb", "text/plain", String.join("\n",
                "person-1;" + NHS + ";CC-1",
                "person-2;" + NHS + ";CC-2",
                "person-3;9990000018;CC-3"));
        assertEquals(rhodri, report.duplicate().get(0).personId());
        assertTrue(report.quarantined().get(0).reason(), report.quarantined().get(0).reason()
                .contains("do not all belong to one person"));
        assertEquals(1, report.accepted().size());
        String created = report.accepted().get(0).personId();
        assertEquals(java.util.Optional.of(created), f.people.findByIdentifier(
                cymru.cofnod.outcomes.api.PersonService.IdentifierSystem.LOCAL_AUTHORITY, "CC-3"));
        assertEquals(1, f.send("uhb", "text/plain", "person-3;9990000018;CC-3").duplicate().size());
    }

    @Test
    public void anOutcomeIsNamedByCofnodsId() {
        String outcome = f.outcome(rhodri, "the walls are closing in on me and it's getting me down");
        IngestReport report = f.send("uhb", "text/plain", "o-1;" + NHS + ";garden;" + outcome);
        assertEquals(1, report.accepted().size());
        assertEquals(List.of(outcome), f.entries(rhodri).get(0).outcomeIds());
    }

    @Test
    public void aThrowingAdapterIsIsolatedAndShownFailing() {
        IngestReport report = f.send("uhb", "text/plain", "o-1;" + NHS + ";boom\no-2;" + NHS + ";fine");
        assertEquals(1, report.accepted().size());
        assertTrue(report.quarantined().get(0).reason().contains("adapter failed on this item"));
        AgencyStatus uhb = f.ingest().agencies().get(1);
        assertEquals("uhb", uhb.id());
        assertEquals(AgencyStatus.FAILING, uhb.health());
        f.send("uhb", "text/plain", "o-3;" + NHS + ";fine again");
        assertEquals(AgencyStatus.UP, f.ingest().agencies().get(1).health());
    }

    @Test
    public void withoutItsAdapterAPayloadWaitsWholeAndLandsWhenTheAdapterIsBack() {
        f.uninstall(lines);
        assertEquals(AgencyStatus.NO_ADAPTER, f.ingest().agencies().get(1).health());
        IngestReport waitingReport = f.send("uhb", "text/plain", "o-1;" + NHS + ";while away");
        assertEquals("payload", waitingReport.quarantined().get(0).type());
        f.install(lines);
        IngestReport landed = f.ingest().retry(IngestFixture.practitioner("uhb"),
                waitingReport.quarantined().get(0).quarantineId(), null);
        assertEquals(1, landed.accepted().size());
        assertEquals(0, waiting("uhb").size());
    }

    @Test
    public void aPayloadThatWaitedAsATypeTheAdapterDoesNotListIsReadAsItsOneType() {
        f.uninstall(lines);
        String id = f.send("uhb", "application/octet-stream", "o-1;" + NHS + ";while away").quarantined().get(0)
                .quarantineId();
        f.install(lines);
        IngestReport landed = f.ingest().retry(IngestFixture.practitioner("uhb"), id, null);
        assertEquals(1, landed.accepted().size());
        assertEquals(0, waiting("uhb").size());
    }

    @Test
    public void anAgencysQuarantineIsRetriedInBulkAndCountedInItsStatus() {
        f.send("uhb", "text/plain", "o-1;4010232137;first\no-2;4010232137;second\no-3;" + NHS + ";");
        AgencyStatus.Waiting three = f.ingest().agencies().get(1).quarantine();
        assertEquals(3, three.count());
        assertEquals(waiting("uhb").get(0).received(), three.oldest());
        assertEquals(AgencyStatus.Waiting.NONE, f.ingest().agencies().get(0).quarantine());
        try {
            f.ingest().retryAll(IngestFixture.practitioner("council"), "uhb");
            fail("another agency retried this one's quarantine");
        } catch (AccessDeniedException expected) {
            // not theirs
        }

        f.person("Siân", "4010232137", null, null);
        IngestReport retried = f.ingest().retryAll(IngestFixture.practitioner("uhb"), "uhb");
        assertEquals(2, retried.accepted().size());
        assertEquals(1, retried.quarantined().size());
        assertEquals(1, f.ingest().agencies().get(1).quarantine().count());
    }

    @Test
    public void anOutcomeTheAgencyCannotSeeHasTheSameReasonAsNone() {
        String hidden = f.outcome(f.person("Cudd", "4010232137", null, null), "an outcome of someone else");
        IngestReport report = f.send("uhb", "text/plain", "o-1;" + NHS + ";garden;" + hidden);
        assertEquals(IngestingService.OUTCOME_NOT_REACHED, report.quarantined().get(0).reason());
    }

    @Test
    public void aDryRunSaysWhatWouldHappenItemByItemAndWritesNothing() {
        String payload = String.join("\n", "o-1;" + NHS + ";would land", "o-2;4010232137;nobody has this", "not a line",
                "person-9;9990000018;CC-9");
        IngestReport dry = f.ingest().dryRun(IngestFixture.practitioner("uhb"), "uhb", "text/plain",
                payload.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("o-1", "person-9"), dry.accepted().stream().map(IngestReport.ItemResult::sourceKey)
                .toList());
        assertEquals(rhodri, dry.accepted().get(0).personId());
        assertNull(dry.accepted().get(0).itemId());
        assertEquals(2, dry.quarantined().size());
        assertTrue(dry.quarantined().get(0).reason().contains("no person in Cofnod has nhs 4010232137"));
        assertTrue(dry.quarantined().stream().allMatch(q -> q.quarantineId() == null));
        assertEquals(0, f.entries(rhodri).size());
        assertEquals(0, waiting("uhb").size());
        assertEquals(java.util.Optional.empty(), f.people.findByIdentifier(
                cymru.cofnod.outcomes.api.PersonService.IdentifierSystem.LOCAL_AUTHORITY, "CC-9"));
        try {
            f.ingest().dryRun(IngestFixture.practitioner("council"), "uhb", "text/plain", new byte[0]);
            fail("another agency's user tried a payload on this one's adapter");
        } catch (AccessDeniedException expected) {
            // as the inbox
        }
        // what a dry run saw lands as it said
        assertEquals(2, f.send("uhb", "text/plain", payload).accepted().size());
    }

    @Test
    public void garbageBytesAreQuarantinedWithAReason() {
        IngestReport report = f.ingest().ingest(IngestFixture.practitioner("uhb"), "uhb", "text/plain",
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertEquals("the payload is not UTF-8 text", report.quarantined().get(0).reason());
        assertEquals(0, f.entries(rhodri).size());
    }

    @Test
    public void onlyTheAgencysOwnUsersSendAndSeeItsQuarantine() {
        String id = f.send("uhb", "text/plain", "o-1;" + NHS + ";").quarantined().get(0).quarantineId();
        try {
            f.ingest().ingest(IngestFixture.practitioner("council"), "uhb", "text/plain", new byte[0]);
            fail("another agency's user sent to the inbox");
        } catch (AccessDeniedException expected) {
            // refused
        }
        try {
            f.ingest().quarantined(IngestFixture.practitioner("council"), id);
            fail("another agency's user saw a quarantined item");
        } catch (RecordNotFoundException expected) {
            // answers as if it were not there
        }
        assertEquals(1, f.ingest().quarantine(IngestFixture.SYSTEM_ADMIN, null, PageRequest.first(10)).items().size());
        assertEquals(1, f.ingest().ingest(IngestFixture.SYSTEM_ADMIN, "uhb", "text/plain",
                ("o-2;" + NHS + ";by the administrator").getBytes(StandardCharsets.UTF_8)).accepted().size());
        f.ingest().discard(IngestFixture.practitioner("uhb"), id);
        assertEquals(0, waiting("uhb").size());
    }

    @Test
    public void limitsAreClear() {
        try {
            f.ingest().ingest(IngestFixture.practitioner("uhb"), "uhb", "text/plain", new byte[11 * 1024 * 1024]);
            fail("an 11 MB payload was taken");
        } catch (IngestService.PayloadTooLarge expected) {
            assertTrue(expected.getMessage().contains("at most 10 MB"));
        }
        try {
            f.send("uhb", "application/xml", "<x/>");
            fail("a media type the adapter does not read was taken");
        } catch (IngestService.UnsupportedMediaType expected) {
            assertTrue(expected.getMessage().contains("text/plain"));
        }
        try {
            f.send("nobody", "text/plain", "x");
            fail("an unknown agency took a payload");
        } catch (RecordNotFoundException expected) {
            assertNull(null);
        }
        assertEquals(0, f.entries(rhodri).size());
    }
}
