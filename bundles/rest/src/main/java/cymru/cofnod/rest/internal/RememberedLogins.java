package cymru.cofnod.rest.internal;

import cymru.cofnod.rest.api.Identity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Logins that succeeded in the last few seconds. HTTP Basic sends the password with every request, and a
 * JAAS login reads the users file and hashes the password each time: remembering a success briefly lets a
 * page of requests pay for one login. Only a digest of the credentials is kept, never the password, and a
 * changed password or removed user takes effect when the entry lapses.
 */
final class RememberedLogins {

    /** Enough for every user of a busy agency; past it, lapsed entries are dropped, then all. */
    private static final int MOST = 10_000;

    private final long lifetimeNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Remembered> logins = new ConcurrentHashMap<>();

    private record Remembered(Identity identity, long until) {
    }

    RememberedLogins(long lifetimeSeconds, LongSupplier nanoClock) {
        this.lifetimeNanos = Math.max(0, lifetimeSeconds) * 1_000_000_000L;
        this.nanoClock = nanoClock;
    }

    /** The identity a recent login with exactly these credentials found, or null. */
    Identity find(String user, String password) {
        if (lifetimeNanos == 0) {
            return null;
        }
        String key = digest(user, password);
        Remembered r = logins.get(key);
        if (r == null) {
            return null;
        }
        if (nanoClock.getAsLong() - r.until() >= 0) {
            logins.remove(key, r);
            return null;
        }
        return r.identity();
    }

    void remember(String user, String password, Identity identity) {
        if (lifetimeNanos == 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (logins.size() >= MOST) {
            logins.values().removeIf(r -> now - r.until() >= 0);
            if (logins.size() >= MOST) {
                logins.clear();
            }
        }
        logins.put(digest(user, password), new Remembered(identity, now + lifetimeNanos));
    }

    private static String digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
