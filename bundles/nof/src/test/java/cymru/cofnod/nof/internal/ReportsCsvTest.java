package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;

import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.nof.api.ShownCount;
import cymru.cofnod.nof.api.Story;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class ReportsCsvTest {

    @Test
    public void aReportIsUtf8WithAByteOrderMarkSuppressedAsInJsonAndNeverAFormula() {
        Report report = new Report("domain", "agency", null, null, 1, List.of(
                new ReportRow("WB02", "Llesiant corfforol a meddyliol; ymddygiad", "cy", "cardiff-council", ShownCount.of(3),
                        ShownCount.of(12)),
                new ReportRow("WB04", "=HYPERLINK(\"x\")", "en", "gofal-da-homecare", ShownCount.of(0), ShownCount.of(7))),
                new ReportRow(null, null, "en", null, ShownCount.of(9), ShownCount.of(19)), "the rule",
                List.of(new Story("WB02", "Dw i eisiau cerdded i'r siop", "cy")), Instant.EPOCH);
        assertEquals("\uFEFFcut,code,label,breakdown,people,outcomes\r\n"
                + "domain,WB02,Llesiant corfforol a meddyliol; ymddygiad,cardiff-council,<5,10\r\n"
                + "domain,WB04,\"'=HYPERLINK(\"\"x\"\")\",gofal-da-homecare,<5,5\r\n"
                + "domain,,,,10,20\r\n"
                + "story,WB02,Dw i eisiau cerdded i'r siop,cy,,\r\n"
                + "#,,the rule,,,\r\n", ReportsResource.csv(report));
    }
}
