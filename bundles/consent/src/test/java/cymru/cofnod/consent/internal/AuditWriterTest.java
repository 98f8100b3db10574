package cymru.cofnod.consent.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

public class AuditWriterTest {

    private final LinkedBlockingQueue<List<String>> batches = new LinkedBlockingQueue<>();
    private AuditWriter<String> writer;

    private void start(Duration linger) {
        writer = new AuditWriter<>("test-audit-writer", batch -> batches.add(new ArrayList<>(batch)),
                item -> item.startsWith("write"), linger, () -> { });
        writer.start();
    }

    @After
    public void stop() {
        writer.stop();
    }

    @Test
    public void readsWaitForCompanyAndAWriteTakesThemAlongAtOnce() throws Exception {
        start(Duration.ofMinutes(1));
        writer.submit("read 1");
        writer.submit("read 2");
        Thread.sleep(100);
        assertTrue("reads alone wait for company", batches.isEmpty());
        writer.submit("write 1");
        List<String> batch = batches.poll(10, TimeUnit.SECONDS);
        assertEquals("the write did not wait out the minute, and took the reads along",
                List.of("read 1", "read 2", "write 1"), batch);
    }

    @Test
    public void readsAreWrittenWhenTheLingerIsOver() throws Exception {
        start(Duration.ofMillis(50));
        writer.submit("read 1");
        assertEquals(List.of("read 1"), batches.poll(10, TimeUnit.SECONDS));
    }

    @Test
    public void stoppingWritesWhatIsStillWaiting() throws Exception {
        start(Duration.ofMinutes(1));
        writer.submit("read 1");
        writer.stop();
        List<String> written = new ArrayList<>();
        batches.forEach(written::addAll);
        assertEquals(List.of("read 1"), written);
    }
}
