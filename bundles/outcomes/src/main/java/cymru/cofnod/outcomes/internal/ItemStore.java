package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.StaleVersionException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

/**
 * Versioned storage for every kind of record item, so that "nothing is overwritten", history and
 * optimistic concurrency are written once. Each method runs inside the caller's transaction.
 */
final class ItemStore {

    private ItemStore() {
    }

    /** Derby keeps microseconds; truncating here makes a stored time equal the one handed back. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** What a new item is: everything but its version. */
    record NewItem(String itemId, String kind, String personId, String category, Instant occurredAt,
                   String sourceAgency, String sourceKey, Object body, Collection<String> links) {
    }

    static ItemRow insert(EntityManager em, Requester by, NewItem item) {
        ItemRow row = new ItemRow(item.itemId(), 1, item.kind(), item.personId());
        Instant now = now();
        row.agency(by.agency());
        row.author(by.user());
        row.category(item.category());
        row.occurredAt(item.occurredAt() == null ? now : item.occurredAt().truncatedTo(ChronoUnit.MICROS));
        row.createdAt(now);
        row.recordedAt(now);
        row.source(item.sourceAgency(), item.sourceKey());
        row.body(Json.write(item.body()));
        em.persist(row);
        link(em, row.itemId(), item.links());
        return row;
    }

    /** The newest version of an item, whatever its state, locked against a concurrent writer. */
    static ItemRow latestForUpdate(EntityManager em, String kind, String itemId) {
        List<ItemRow> rows = em.createQuery(
                        "select r from ItemRow r where r.itemId = :id and r.kind = :kind and r.state <> :superseded",
                        ItemRow.class)
                .setParameter("id", itemId).setParameter("kind", kind)
                .setParameter("superseded", ItemRow.SUPERSEDED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(kind, itemId);
        }
        return rows.get(0);
    }

    /** The live version of an item; a withdrawn or unknown item is not found. */
    static ItemRow live(EntityManager em, String kind, String itemId) {
        List<ItemRow> rows = em.createQuery(
                        "select r from ItemRow r where r.itemId = :id and r.kind = :kind and r.state = :live",
                        ItemRow.class)
                .setParameter("id", itemId).setParameter("kind", kind).setParameter("live", ItemRow.LIVE)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(kind, itemId);
        }
        return rows.get(0);
    }

    /**
     * Adds the next version of a live item. The writer must name the version it read, so that a
     * concurrent edit is refused rather than lost.
     */
    static ItemRow revise(EntityManager em, Requester by, String kind, String itemId, long expectedVersion,
                          Object body, Collection<String> links) {
        ItemRow current = latestForUpdate(em, kind, itemId);
        if (!ItemRow.LIVE.equals(current.state())) {
            throw new RecordNotFoundException(kind, itemId);
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(itemId, expectedVersion, current.version());
        }
        ItemRow next = current.successor();
        next.author(by.user());
        next.recordedAt(now());
        next.body(Json.write(body));
        current.state(ItemRow.SUPERSEDED);
        em.persist(next);
        if (links != null) {
            em.createQuery("delete from ItemLink l where l.itemId = :id").setParameter("id", itemId).executeUpdate();
            link(em, itemId, links);
        }
        return next;
    }

    /** Withdraws a live item: a new version in state withdrawn, so the history keeps what it said. */
    static ItemRow withdraw(EntityManager em, Requester by, String kind, String itemId, String reason) {
        ItemRow current = latestForUpdate(em, kind, itemId);
        if (!ItemRow.LIVE.equals(current.state())) {
            throw new RecordNotFoundException(kind, itemId);
        }
        ItemRow next = current.successor();
        next.author(by.user());
        next.recordedAt(now());
        next.state(ItemRow.WITHDRAWN);
        next.reason(reason);
        current.state(ItemRow.SUPERSEDED);
        em.persist(next);
        return next;
    }

    /** Every version of an item, oldest first. */
    static List<ItemRow> history(EntityManager em, String kind, String itemId) {
        List<ItemRow> rows = em.createQuery(
                        "select r from ItemRow r where r.itemId = :id and r.kind = :kind order by r.version",
                        ItemRow.class)
                .setParameter("id", itemId).setParameter("kind", kind).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(kind, itemId);
        }
        return rows;
    }

    /** Items of one kind in the order first recorded, from a cursor, one more than asked to tell if a page follows. */
    static List<ItemRow> registryPage(EntityManager em, String kind, Cursor after, int limit) {
        String keyset = after == null ? ""
                : " and (r.createdAt > :at or (r.createdAt = :at and r.itemId > :afterId))";
        TypedQuery<ItemRow> q = em.createQuery(
                "select r from ItemRow r where r.kind = :kind and r.state = :live" + keyset
                        + " order by r.createdAt, r.itemId", ItemRow.class)
                .setParameter("kind", kind).setParameter("live", ItemRow.LIVE);
        if (after != null) {
            q.setParameter("at", java.time.LocalDateTime.ofInstant(after.at(), java.time.ZoneOffset.UTC)).setParameter("afterId", after.itemId());
        }
        return q.setMaxResults(limit + 1).getResultList();
    }

    private static void link(EntityManager em, String itemId, Collection<String> targets) {
        if (targets != null) {
            targets.stream().distinct().forEach(t -> em.persist(new ItemLink(itemId, t)));
        }
    }
}
