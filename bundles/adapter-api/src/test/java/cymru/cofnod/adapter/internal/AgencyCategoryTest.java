package cymru.cofnod.adapter.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.outcomes.api.Entry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Test;

/** The category an agency's configuration files its items under, within what consent allows. */
public class AgencyCategoryTest {

    private static final String NHS = "9434765919";
    private IngestFixture f;

    @After
    public void close() {
        f.close();
    }

    private String rhodri(String agency, String category) {
        f = new IngestFixture().agencyFiling(agency, "lines", category).install(new LinesAdapter("lines"));
        return f.person("Rhodri", NHS, "CC-1", null);
    }

    private List<RecordCategory> filed(String personId) {
        return f.entries(personId).stream().map(Entry::category).toList();
    }

    @Test
    public void itemsTakeTheAgencysCategoryUnlessTheAdapterFilesOneThatSharesNoMore() {
        String rhodri = rhodri("uhb", "health");
        IngestReport report = f.send("uhb", "text/plain", "o-1;" + NHS + ";walked\nsg-2;" + NHS + ";a bruise");
        assertEquals(2, report.accepted().size());
        Map<String, RecordCategory> bySource = f.entries(rhodri).stream()
                .collect(Collectors.toMap(e -> e.provenance().sourceKey(), Entry::category));
        assertEquals(Map.of("o-1", RecordCategory.HEALTH, "sg-2", RecordCategory.SAFEGUARDING), bySource);
    }

    @Test
    public void aSafeguardingTeamFilesEverythingAsSafeguarding() {
        String rhodri = rhodri("hub", "safeguarding");
        f.send("hub", "text/plain", "o-1;" + NHS + ";seen at home");
        assertEquals(List.of(RecordCategory.SAFEGUARDING), filed(rhodri));
    }

    @Test
    public void entriesLeavesEachEntrysKindToDecide() {
        String rhodri = rhodri("council", "entries");
        f.send("council", "text/plain", "o-1;" + NHS + ";seen at home");
        assertEquals(List.of(RecordCategory.ENTRIES), filed(rhodri));
    }

    @Test
    public void aCategoryItsEntriesMayNotBeFiledUnderIsRefusedAndItsPayloadsWait() {
        for (String category : List.of("outcomes-and-plans", "communication-needs", "only-me", "helth")) {
            f = new IngestFixture().agencyFiling("uhb", "lines", category).install(new LinesAdapter("lines"));
            String rhodri = f.person("Rhodri", NHS, "CC-1", null);
            AgencyStatus uhb = f.ingest().agencies().stream().filter(a -> a.id().equals("uhb")).findFirst()
                    .orElseThrow();
            assertEquals(AgencyStatus.MISCONFIGURED, uhb.health());
            assertTrue(uhb.detail(), uhb.detail().contains("'" + category + "'")
                    && uhb.detail().contains("entries, health, safeguarding"));
            IngestReport report = f.send("uhb", "text/plain", "o-1;" + NHS + ";walked");
            assertEquals(0, report.accepted().size());
            assertTrue(report.quarantined().get(0).reason(),
                    report.quarantined().get(0).reason().startsWith("uhb's configuration is refused"));
            assertEquals(0, f.entries(rhodri).size());
            assertEquals(1, f.ingest().agencies().stream().filter(a -> a.id().equals("uhb")).findFirst()
                    .orElseThrow().quarantine().count());
            f.close();
        }
        f = new IngestFixture();
    }
}
