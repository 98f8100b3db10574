package cymru.cofnod.consent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One thread that takes whatever is waiting, up to a batch, and hands it on in one go: the group commit
 * behind the audit, so a thousand reads a second cost a few log flushes, not a thousand.
 */
final class AuditWriter<T> {

    private static final int BATCH = 500;

    private final String name;
    private final Consumer<List<T>> sink;
    private final LinkedBlockingQueue<T> waiting = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    AuditWriter(String name, Consumer<List<T>> sink) {
        this.name = name;
        this.sink = sink;
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
                    sink.accept(batch);
                }
            } catch (InterruptedException e) {
                break;
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
