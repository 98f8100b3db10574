package cymru.cofnod.web.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
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
                   String authorization, String purpose, String csrf, Map<String, EmergencyAccess> brokenGlass) {

        boolean is(String aRole) {
            return aRole.equals(role);
        }

        /** Until {@code access} ends this session reads that person's record for safeguarding, as break-glass allows. */
        void breakGlass(String aPersonId, EmergencyAccess access) {
            brokenGlass.put(aPersonId, access);
        }

        /** The user stops reading that person's record for safeguarding before the access ends. */
        void stopBreakGlass(String aPersonId) {
            brokenGlass.remove(aPersonId);
        }

        /** The emergency access this session holds now, by person. */
        Map<String, EmergencyAccess> emergencyAccess(Instant now) {
            brokenGlass.values().removeIf(a -> !a.until().isAfter(now));
            return Map.copyOf(brokenGlass);
        }

        /** The purpose this session reads a person's record for. */
        String purposeFor(String aPersonId) {
            EmergencyAccess access = brokenGlass.get(aPersonId);
            return access != null && access.until().isAfter(Instant.now()) ? "safeguarding" : purpose;
        }
    }

    /** Break-glass access to one person's record: whose (as the pages name them) and until when. */
    record EmergencyAccess(String name, Instant until) {
    }

    /** A session that ended while idle: whose it was and its form token, so a form sent too late is kept as a draft. */
    record Ended(String user, String csrf, Instant at) {
    }

    private record Held(Session session, Instant lastUsed) {
    }

    /** How long an ended session is remembered, for its user's draft. */
    private static final Duration REMEMBER_ENDED = Duration.ofHours(12);

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, Ended> ended = new ConcurrentHashMap<>();
    private final Duration idle;
    private final InstantSource clock;

    Sessions(Duration idle, InstantSource clock) {
        this.idle = idle;
        this.clock = clock;
    }

    Session start(String user, String agency, String role, String personId, String authorization) {
        String purpose = "commissioner".equals(role) ? "commissioning" : "direct-care";
        Session s = new Session(newToken(), user, agency, role, personId, authorization, purpose, newToken(),
                new ConcurrentHashMap<>());
        held.put(s.token(), new Held(s, clock.instant()));
        return s;
    }

    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        held.entrySet().removeIf(e -> {
            boolean idled = e.getValue().lastUsed().plus(idle).isBefore(now);
            if (idled) {
                Session s = e.getValue().session();
                ended.put(e.getKey(), new Ended(s.user(), s.csrf(), now));
            }
            return idled;
        });
        ended.values().removeIf(e -> e.at().plus(REMEMBER_ENDED).isBefore(now));
        Held h = held.computeIfPresent(token, (t, old) -> new Held(old.session(), now));
        return h == null ? Optional.empty() : Optional.of(h.session());
    }

    /** The session {@code token} named, when it ended for want of use (not when its user signed out). */
    Optional<Ended> ended(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(ended.get(token));
    }

    /** How long a session lasts without use. */
    Duration idle() {
        return idle;
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
