package cymru.cofnod.adapter.internal;

import cymru.cofnod.testing.Together;
import static org.junit.Assert.assertEquals;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.core.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** One agency's payload sent to two Cofnod nodes on one database at the same moment, as a retrying sender may. */
public class TwoNodesIngestTest {

    private static final String NHS = "9434765919";
    private IngestFixture a;
    private IngestFixture b;
    private String rhodri;

    @Before
    public void open() {
        a = new IngestFixture().agency("uhb", "lines").install(new LinesAdapter("lines"));
        b = a.anotherNode().agency("uhb", "lines").install(new LinesAdapter("lines"));
        rhodri = a.person("Rhodri", NHS, "CC-1", null);
    }

    @After
    public void close() {
        b.close();
        a.close();
    }

    @Test
    public void thePayloadSentToBothNodesAtOnceIsStoredOnceAndItsBadItemWaitsOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String payload = "o-" + round + ";" + NHS + ";walked in the garden\n"
                    + "p-" + round + ";" + NHS + ";stairs with a rail\n"
                    + "q-" + round + ";4010232137;nobody has this NHS number";
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<IngestReport>> sends = new ArrayList<>();
            for (IngestFixture node : List.of(a, b)) {
                sends.add(() -> {
                    together.await();
                    return node.send("uhb", "text/plain", payload);
                });
            }
            int accepted = 0;
            int duplicate = 0;
            for (IngestReport report : Together.all(sends)) {
                accepted += report.accepted().size();
                duplicate += report.duplicate().size();
            }
            assertEquals("each good item stored by one node", 2, accepted);
            assertEquals("and answered as a duplicate by the other", 2, duplicate);
        }
        assertEquals(6, a.entries(rhodri).size());
        assertEquals("each bad item waits once", 3, b.ingest().quarantine(IngestFixture.practitioner("uhb"), null,
                PageRequest.first(50)).items().size());
    }
}
