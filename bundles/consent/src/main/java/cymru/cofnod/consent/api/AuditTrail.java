package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import java.util.List;
import javax.persistence.EntityManager;

/**
 * The append-only audit of every read, write and consent decision, chained with a keyed hash (HMAC) and
 * checkpointed outside the database. A caller that serves a request (REST, a shell command) opens a
 * {@link Scope}; services note what they read or refused into it; closing it writes the request's event.
 * A change is recorded with {@link #recorded} in the writer's own transaction, so the change and its event
 * commit together or not at all. A note made with no scope open is written as an event of its own, so
 * nothing goes unaudited.
 */
public interface AuditTrail {

    /** Opens the request's scope on this thread. */
    Scope begin(Requester requester, String action, String resource, String personId);

    /** What a service did for the current request: read, wrote or refused, and about whom. */
    void note(Requester requester, String personId, String what, boolean breakGlass);

    /**
     * Records changes in the caller's running transaction, through its {@code em} (any persistence unit on
     * Cofnod's datasource): one event per person changed, carrying the digest of every item version written,
     * committed with the change or rolled back with it. The open scope, if any, gives the events their
     * requester, action and resource.
     */
    void recorded(EntityManager em, Requester requester, List<Change> changes);

    /** What one write did to one person's record, and the item versions it stored. */
    record Change(String personId, String what, boolean breakGlass, List<VersionDigest> versions) {
        public Change {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }
    }

    /**
     * Checks the chain's links and keyed hashes, the stored item versions against the digests the events
     * carry, and the chain against the checkpoints kept outside the database; names the first break of each kind.
     */
    Verification verify();

    /**
     * Adds a fresh audit key and makes it the one new events are made with; the earlier keys are kept, so the
     * events made with them still verify (administrators). Returns the new key's id.
     */
    String rotateKey(Requester requester);

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

    /**
     * What verification checked and found: {@code OK}, or {@code BROKEN} with the first break of each kind
     * ({@code event}, {@code item-version}, {@code checkpoint}), or {@code INCOMPLETE} when the chain and
     * checkpoints hold but item versions could not be read (no record bundle running).
     */
    record Verification(String status, long eventsChecked, long itemVersionsChecked, long checkpointsChecked,
                        List<Break> breaks, String detail) {
        public Verification {
            breaks = List.copyOf(breaks);
        }

        /** The first break of this kind, if there is one. */
        public java.util.Optional<Break> first(String kind) {
            return breaks.stream().filter(b -> b.kind().equals(kind)).findFirst();
        }
    }

    /**
     * The first break of one kind: where it is (an event's sequence number, an item version as
     * {@code kind id/version}, a checkpoint's line), what is wrong there, and how many breaks of this kind
     * were found in all.
     */
    record Break(String kind, String where, String what, long count) {
    }
}
