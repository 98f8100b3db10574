package cymru.cofnod.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing on the sign-in page. Failures are counted per user name and per client
 * address; once either has failed {@code allowed} times in a row, signing in with it is refused for a
 * delay that doubles with each further failure, up to {@link #LONGEST}. While refused, the password is
 * not even checked. A success clears the user name's count and the address's. Callers say what time it is.
 */
final class SignInThrottle {

    /** The longest a user name or an address is made to wait. */
    static final Duration LONGEST = Duration.ofMinutes(15);
    /** Counts kept at most; past it, those no longer refused are forgotten first (a flood of made-up names). */
    private static final int MOST_KEPT = 10_000;

    private record Failures(int count, Instant refusedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int allowed;
    private final Duration firstDelay;

    SignInThrottle(int allowed, Duration firstDelay) {
        this.allowed = Math.max(1, allowed);
        this.firstDelay = firstDelay;
    }

    /** How long signing in as {@code user} from {@code address} is still refused at {@code now}, if it is. */
    Optional<Duration> refusedFor(String user, String address, Instant now) {
        Instant until = later(until(userKey(user)), until(addressKey(address)));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String user, String address, Instant now) {
        if (failures.size() >= MOST_KEPT) {
            failures.values().removeIf(f -> !f.refusedUntil().isAfter(now));
        }
        Failures first = next(new Failures(0, Instant.MIN), now);
        failures.merge(userKey(user), first, (old, unused) -> next(old, now));
        failures.merge(addressKey(address), first, (old, unused) -> next(old, now));
    }

    void succeeded(String user, String address) {
        failures.remove(userKey(user));
        failures.remove(addressKey(address));
    }

    private Failures next(Failures old, Instant now) {
        int count = old.count() + 1;
        if (count < allowed) {
            return new Failures(count, old.refusedUntil());
        }
        // the allowed-th failure waits firstDelay, each one after it twice as long as the one before
        int doublings = Math.min(count - allowed, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return new Failures(count, now.plus(delay.compareTo(LONGEST) > 0 ? LONGEST : delay));
    }

    private Instant until(String key) {
        Failures f = failures.get(key);
        return f == null ? Instant.MIN : f.refusedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String user) {
        return "user:" + user.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
