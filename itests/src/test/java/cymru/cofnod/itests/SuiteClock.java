package cymru.cofnod.itests;

import org.junit.runner.Description;
import org.junit.runner.Result;
import org.junit.runner.notification.RunListener;

/** Prints the integration suite's wall time, so every run reports how long the containers took. */
public class SuiteClock extends RunListener {

    private long started;

    @Override
    public void testRunStarted(Description description) {
        started = System.nanoTime();
    }

    @Override
    public void testRunFinished(Result result) {
        System.out.printf("%nCofnod integration suite: %d tests, %d failed, wall time %.1f s%n",
                result.getRunCount(), result.getFailureCount(), (System.nanoTime() - started) / 1e9);
    }
}
