package cymru.cofnod.web.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is signed in, by an unguessable token kept in an HttpOnly cookie. The credentials stay in this
 * JVM's memory only, to call the API as the user; an idle session ends after {@code idle}.
 */
final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One signed-in user.
     *
     * @param authorization the HTTP Basic header the API is called with
     * @param personId      the user's own record, when the user is a person who uses care and support
     * @param csrf          the token every form of this session carries
     */
    record Session(String token, String user, String agency, String role, String personId,
                   String authorization, String purpose, String csrf, Set<String> brokenGlass) {

        boolean is(String aRole) {
            return aRole.equals(role);
        }

        /** From now on this session reads that person's record for safeguarding, as break-glass allows. */
        void breakGlass(String aPersonId) {
            brokenGlass.add(aPersonId);
        }

        /** The purpose this session reads a person's record for. */
        String purposeFor(String aPersonId) {
            return brokenGlass.contains(aPersonId) ? "safeguarding" : purpose;
        }
    }

    private record Held(Session session, Instant lastUsed) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    Sessions(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    Session start(String user, String agency, String role, String personId, String authorization) {
        String purpose = "commissioner".equals(role) ? "commissioning" : "direct-care";
        Session s = new Session(newToken(), user, agency, role, personId, authorization, purpose, newToken(),
                ConcurrentHashMap.newKeySet());
        held.put(s.token(), new Held(s, clock.instant()));
        return s;
    }

    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        held.values().removeIf(h -> h.lastUsed().plus(idle).isBefore(now));
        Held h = held.computeIfPresent(token, (t, old) -> new Held(old.session(), now));
        return h == null ? Optional.empty() : Optional.of(h.session());
    }

    void end(String token) {
        if (token != null) {
            held.remove(token);
        }
    }

    /** An unguessable token: a session's, or a form's. */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
