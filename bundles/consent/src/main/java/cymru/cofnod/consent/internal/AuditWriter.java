package cymru.cofnod.consent.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that takes whatever is waiting, up to a batch, and hands it on in one go: the group commit
 * behind the audit, so a thousand reads a second cost a few log flushes, not a thousand.
 */
final class AuditWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final int BATCH = 500;
    private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final String name;
    private final Consumer<List<T>> sink;
    private final Predicate<T> awaited;
    private final long lingerNanos;
    private final Runnable idle;
    private final LinkedBlockingQueue<T> waiting = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    /**
     * @param awaited whether someone waits for an item to be written: then the batch goes at once
     * @param linger  how long a batch nobody waits for may wait for company
     * @param idle    run on the writer thread after each batch and each second without one
     */
    AuditWriter(String name, Consumer<List<T>> sink, Predicate<T> awaited, Duration linger, Runnable idle) {
        this.name = name;
        this.sink = sink;
        this.awaited = awaited;
        this.lingerNanos = linger.toNanos();
        this.idle = idle;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    void submit(T item) {
        if (!running) {
            throw new IllegalStateException("the audit is not running: nothing can be read or written unaudited");
        }
        waiting.add(item);
    }

    /** Writes everything submitted so far, then stops. */
    synchronized void stop() {
        running = false;
        if (thread != null) {
            // no interrupt: Derby must not be interrupted in the middle of its log I/O
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
    }

    private void run() {
        while (running) {
            try {
                T first = waiting.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    List<T> batch = new ArrayList<>(List.of(first));
                    waiting.drainTo(batch, BATCH - 1);
                    gather(batch);
                    sink.accept(batch);
                }
                idle.run();
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                LOG.error("The audit writer's housekeeping failed; it goes on", e);
            }
        }
    }

    /**
     * Lets a batch nobody waits for wait a little for more: reads arriving one by one then share a
     * transaction and a log flush instead of paying one each. The moment an awaited item joins, it goes.
     */
    private void gather(List<T> batch) throws InterruptedException {
        long until = System.nanoTime() + lingerNanos;
        // in short steps, so that stopping is not held up by a batch waiting for company
        while (running && batch.size() < BATCH && batch.stream().noneMatch(awaited)) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            T next = waiting.poll(Math.min(left, STEP_NANOS), TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
                waiting.drainTo(batch, BATCH - batch.size());
            }
        }
    }

    private void drain() {
        List<T> rest = new ArrayList<>();
        waiting.drainTo(rest);
        if (!rest.isEmpty()) {
            sink.accept(rest);
        }
    }
}
