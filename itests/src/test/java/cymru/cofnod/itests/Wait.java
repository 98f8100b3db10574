package cymru.cofnod.itests;

import java.io.UncheckedIOException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waits for a container that has just booted: the HTTP server and demo data come up after the bundles. */
public final class Wait {

    private static final long LIMIT_MS = 60_000;
    private static final long BOOT_LIMIT_MS = CofnodContainer.BOOT_TIMEOUT_MS;

    private Wait() {
    }

    /**
     * Health, and the demo's users taken in: the demo feature writes its users file as it is installed, which can
     * be a few seconds after health says up.
     */
    public static Api.Reply forHealth() {
        Api.Reply up = until(() -> Api.anonymous().get("/health"), r -> r.status() == 200);
        until(() -> Api.as("social-worker").get("/me"), r -> r.status() == 200);
        // and a domain's own endpoint (the record's), published by its bundle beside the server's
        until(() -> Api.as("social-worker").get("/people?limit=1"), r -> r.status() == 200);
        return up;
    }

    /**
     * Health after a boot that nothing waited for (Pax Exam in server mode returns as Karaf starts): as long as
     * Pax Exam gives a container to come up, since the features are still being installed.
     */
    public static Api.Reply forBoot() {
        return until(() -> Api.anonymous().get("/health"), r -> r.status() == 200, BOOT_LIMIT_MS);
    }

    /** Health, then until the realm accepts this user's login: the demo's users may be taken in after health. */
    public static Api forLogin(String user) {
        forHealth();
        Api api = Api.as(user);
        until(() -> api.get("/me"), r -> r.status() == 200);
        return api;
    }

    public static Api.Reply until(Supplier<Api.Reply> call, Predicate<Api.Reply> done) {
        return until(call, done, LIMIT_MS);
    }

    /** As {@link #until(Supplier, Predicate)}, for up to {@code limitMs}: a forked distribution's first boot. */
    public static Api.Reply until(Supplier<Api.Reply> call, Predicate<Api.Reply> done, long limitMs) {
        long deadline = System.currentTimeMillis() + limitMs;
        Api.Reply last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = call.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (UncheckedIOException notYetListening) {
                last = null;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("gave up waiting after " + limitMs + " ms; last answer: " + last);
    }
}
