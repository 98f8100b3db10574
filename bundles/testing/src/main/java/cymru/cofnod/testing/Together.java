package cymru.cofnod.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs pieces of work at once, each on a thread of its own, as writers on several nodes would. */
public final class Together {

    private Together() {
    }

    /** Each piece's result, in order; the first failure is thrown. */
    public static <T> List<T> all(List<Callable<T>> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : threads.invokeAll(work, 2, TimeUnit.MINUTES)) {
                results.add(f.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
