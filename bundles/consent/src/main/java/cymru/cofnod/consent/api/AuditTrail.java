package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;

/**
 * The append-only, hash-chained audit of every read, write and consent decision: one event per
 * request. A caller that serves a request (REST, a shell command) opens a {@link Scope}; services note
 * what they read or refused into it; closing it writes the one event. A note made with no scope open
 * is written as an event of its own, so nothing goes unaudited.
 */
public interface AuditTrail {

    /** Opens the request's scope on this thread. */
    Scope begin(Requester requester, String action, String resource, String personId);

    /** What a service did for the current request: read, wrote or refused, and about whom. */
    void note(Requester requester, String personId, String what, boolean breakGlass);

    /** Checks the whole chain; names the first event that does not match its hash. */
    Verification verify();

    /** The audit, newest first (administrators). */
    Page<AuditEvent> list(Requester requester, PageRequest page);

    /** Who looked at this person's record, from which agency, why and when, in plain words. */
    Page<AccessLogLine> accessLog(Requester requester, String personId, PageRequest page);

    /** One request's audit; closing it writes the event. */
    interface Scope extends AutoCloseable {
        void result(String result);

        @Override
        void close();
    }

    /** The chain's state: {@code OK}, or {@code BROKEN} with the first event that does not match. */
    record Verification(String status, long eventsChecked, Long firstBrokenEvent, String detail) {
    }
}
