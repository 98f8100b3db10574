package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.AuditTrail.Break;
import cymru.cofnod.consent.api.AuditTrail.Verification;
import cymru.cofnod.consent.api.VersionDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * One verification: the chain event by event (link, keyed hash), the head, the checkpoints kept outside the
 * database, and every stored item version against the digest its write's event carries. Keeps the first
 * break of each kind and counts them all.
 */
final class ChainCheck {

    static final String EVENT = "event";
    static final String VERSION = "item-version";
    static final String CHECKPOINT = "checkpoint";
    private static final int BATCH = 1000;

    private final AuditChain chain;
    private final Map<String, Break> first = new LinkedHashMap<>();
    /** Digests the events carry, by version, with the event that carries each. */
    private final Map<String, Carried> carried = new HashMap<>();
    private final Map<Long, List<AuditCheckpoints.Checkpoint>> checkpointsAt = new HashMap<>();
    private long events;
    private long versions;

    private record Carried(String digest, long sequence) {
    }

    ChainCheck(AuditChain chain) {
        this.chain = chain;
    }

    /**
     * @param stored  every stored item version, by {@link VersionDigest#key()}; null when none could be read (no
     *                record bundle running), which leaves item versions unchecked and the answer INCOMPLETE
     * @param settled the head's sequence number before {@code stored} was read: a version carried by a later
     *                event may have been written after it and is not missing
     */
    Verification run(EntityManager em, List<AuditCheckpoints.Checkpoint> checkpoints, Map<String, VersionDigest> stored,
                     long settled) {
        for (AuditCheckpoints.Checkpoint c : checkpoints) {
            if (!c.signed()) {
                broken(CHECKPOINT, "line " + c.line(), "not signed with a kept audit key: written or changed by "
                        + "someone without the key");
            } else {
                checkpointsAt.computeIfAbsent(c.sequence(), s -> new ArrayList<>()).add(c);
            }
        }
        long last = events(em);
        for (List<AuditCheckpoints.Checkpoint> beyond : checkpointsAt.values()) {
            for (AuditCheckpoints.Checkpoint c : beyond) {
                if (c.sequence() > last) {
                    broken(CHECKPOINT, "line " + c.line(), "names event " + c.sequence() + " but the chain ends at "
                            + last + ": newer events were removed and the head moved back");
                }
            }
        }
        if (stored != null) {
            stored.values().forEach(this::version);
            carried.forEach((key, c) -> {
                if (c.sequence() <= settled) {
                    broken(VERSION, key, "event " + c.sequence() + " carries it, but it is no longer stored: removed "
                            + "behind the record's back");
                }
            });
        }
        boolean ok = first.isEmpty();
        String detail = events + " events, " + versions + " item versions and " + checkpoints.size()
                + " checkpoints checked" + (ok ? ": all match" : ": " + first.size() + " kind(s) of break")
                + (stored == null ? "; item versions not checked: the record is not running, try again" : "");
        String status = !ok ? "BROKEN" : stored == null ? "INCOMPLETE" : "OK";
        return new Verification(status, events, versions, checkpoints.size(),
                new ArrayList<>(first.values()), detail);
    }

    /** Walks the chain up to its head as it is now (later events are for a later check); returns the last seen. */
    private long events(EntityManager em) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long until = head == null ? Long.MAX_VALUE : head.sequence();
        String expectedPrevious = AuditHead.GENESIS;
        long after = 0;
        while (true) {
            List<AuditEventRow> batch = em.createQuery("select e from AuditEventRow e where e.sequence > :after"
                            + " and e.sequence <= :until order by e.sequence", AuditEventRow.class)
                    .setParameter("after", after).setParameter("until", until).setMaxResults(BATCH).getResultList();
            for (AuditEventRow row : batch) {
                AuditEvent e = row.toEvent();
                event(e, expectedPrevious);
                expectedPrevious = e.hash();
                after = e.sequence();
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (head != null && (head.sequence() != after || !head.hash().equals(expectedPrevious))) {
            broken(EVENT, Long.toString(after + 1), "the chain ends at " + after + " but its head says "
                    + head.sequence() + ": events were removed or the head was moved");
        }
        return after;
    }

    private void event(AuditEvent e, String expectedPrevious) {
        events++;
        String where = Long.toString(e.sequence());
        if (!e.previousHash().equals(expectedPrevious)) {
            broken(EVENT, where, "its link to the event before does not match: an event before it was removed "
                    + "or changed");
        } else {
            String expected = chain.hash(e);
            if (expected == null) {
                broken(EVENT, where, "made with audit key '" + e.keyId() + "', which is not kept");
            } else if (!expected.equals(e.hash())) {
                broken(EVENT, where, "its content does not match its keyed hash: changed, or recomputed without "
                        + "the key, after it was written");
            }
        }
        for (AuditCheckpoints.Checkpoint c : checkpointsAt.getOrDefault(e.sequence(), List.of())) {
            if (!c.hash().equals(e.hash())) {
                broken(CHECKPOINT, "line " + c.line(), "names event " + c.sequence() + " with another hash than "
                        + "the stored one: the chain was rewritten from there");
            }
        }
        for (VersionDigest v : e.versions()) {
            carried.put(v.key(), new Carried(v.digest(), e.sequence()));
        }
    }

    private void version(VersionDigest stored) {
        versions++;
        Carried c = carried.remove(stored.key());
        if (c == null) {
            broken(VERSION, stored.key(), "stored, but no audit event carries it: written behind the audit's back");
        } else if (!c.digest().equals(stored.digest())) {
            broken(VERSION, stored.key(), "its stored content does not match the digest event " + c.sequence()
                    + " carries: changed after it was written");
        }
    }

    private void broken(String kind, String where, String what) {
        Break earlier = first.get(kind);
        first.put(kind, earlier == null ? new Break(kind, where, what, 1)
                : new Break(kind, earlier.where(), earlier.what(), earlier.count() + 1));
    }
}
