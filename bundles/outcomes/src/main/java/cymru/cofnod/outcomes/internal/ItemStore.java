package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.Memo;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.Provenance;
import cymru.cofnod.outcomes.api.RecordItem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Item versions read lately, as the service hands them out: body parsed, stamped with the row's id, time and
     * provenance. A version is never changed (a change is a new version), and the newest pages of a journey are
     * read far more often than written.
     */
    private static final Memo<RecordItem> ITEMS = new Memo<>(5_000);

    /** The item a committed version is: kept on the row by a list, kept from an earlier read, or made now. */
    static <T extends RecordItem> T item(ItemRow row, ItemKind<T> kind) {
        return kind.type().cast(row.parsed() != null ? row.parsed() : ITEMS.get(key(row), () -> fresh(row, kind)));
    }

    /**
     * The item a version is, made from its row and not kept: for versions written in the running transaction,
     * which a rollback could leave to be written again with other content, and for reads of many items once
     * each (a resent payload's duplicates, a replay), which would push out the items kept for the journeys.
     */
    static <T extends RecordItem> T fresh(ItemRow row, ItemKind<T> kind) {
        return stamped(row, StoredJson.read(row.body(), kind.type()), kind);
    }

    /**
     * The item as a row holds it: the row's id, version, person, time and provenance on the item's content, with who
     * did the work and who sent it as the body keeps them. A version written before the body kept them was done by
     * its writer, or for an item an agency's system sent, sent by it.
     */
    static <T extends RecordItem> T stamped(ItemRow row, RecordItem content, ItemKind<T> kind) {
        Provenance kept = content.provenance();
        boolean says = kept != null && (kept.performedBy() != null || kept.sentBy() != null);
        boolean sent = row.sourceKey() != null;
        Practitioner performedBy = says ? kept.performedBy() : sent ? null : Practitioner.named(row.author());
        String sentBy = says ? kept.sentBy() : sent ? row.author() : null;
        return kind.type().cast(content.stamped(row.itemId(), row.version(), row.personId(), row.occurredAt(),
                new Provenance(row.author(), row.agency(), row.recordedAt(), row.sourceKey(), performedBy, sentBy)));
    }

    private static String key(ItemRow row) {
        return row.itemId() + '/' + row.version();
    }

    /**
     * Gives rows a list read from the index alone the items their versions are, where those were kept (held on
     * the row, so they cannot be dropped meanwhile). False when some were not: then the list reads them whole.
     */
    static boolean allKept(List<ItemRow> rows) {
        boolean all = true;
        for (ItemRow row : rows) {
            RecordItem kept = ITEMS.kept(key(row));
            if (kept != null) {
                row.parsed(kept);
            } else {
                all = false;
            }
        }
        return all;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** What one version of an item says: its body and the columns lists filter on. */
    record Content(Object body, Collection<String> links, String subkind, String category, Instant occurredAt) {
    }

    static ItemRow insert(EntityManager em, Requester by, String itemId, String kind, String personId,
                          String sourceKey, Content content) {
        ItemRow row = new ItemRow(itemId, 1, kind, personId);
        Instant now = now();
        row.agency(by.agency());
        row.author(by.user());
        row.createdAt(now);
        row.recordedAt(now);
        row.source(sourceKey == null ? null : by.agency(), sourceKey);
        apply(row, content, now);
        em.persist(row);
        link(em, itemId, content.links());
        return row;
    }

    private static void apply(ItemRow row, Content content, Instant now) {
        row.subkind(content.subkind());
        row.category(content.category());
        row.occurredAt(content.occurredAt() == null ? now : content.occurredAt().truncatedTo(ChronoUnit.MICROS));
        row.body(StoredJson.write(content.body()));
    }

    /**
     * The newest version of an item, whatever its state, locked against a concurrent writer. The lock is on the
     * item's first version, a row that is never replaced: a writer waiting on the newest version's lock instead
     * finds nothing on PostgreSQL when the revision it waited for commits, since that row is then superseded and
     * its successor was not there when the waiting statement began.
     */
    static ItemRow latestForUpdate(EntityManager em, String kind, String itemId) {
        if (em.createQuery("select r from ItemRow r where r.itemId = :id and r.kind = :kind and r.version = 1",
                        ItemRow.class)
                .setParameter("id", itemId).setParameter("kind", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().isEmpty()) {
            throw new RecordNotFoundException(kind, itemId);
        }
        // a statement after the lock sees every version committed before it was granted
        return newest(em, kind, itemId);
    }

    /** The live version of an item, if there is one. */
    static Optional<ItemRow> findLive(EntityManager em, String kind, String itemId) {
        // the newest version, found by the key: a scan on the state would miss the item while another node's
        // revision moves it from one version's row to the next. Derby reads no snapshot, so a read that waited on
        // that revision can find the replaced version superseded and not its successor: then it reads again
        ItemRow newest = newest(em, kind, itemId);
        for (int again = 0; again < 3 && newest != null && ItemRow.SUPERSEDED.equals(newest.state()); again++) {
            newest = newest(em, kind, itemId);
        }
        return Optional.ofNullable(newest).filter(r -> ItemRow.LIVE.equals(r.state()));
    }

    private static ItemRow newest(EntityManager em, String kind, String itemId) {
        return em.createQuery("select r from ItemRow r where r.itemId = :id and r.kind = :kind order by r.version desc",
                        ItemRow.class)
                .setParameter("id", itemId).setParameter("kind", kind).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    /** The person's live items of one kind (a kind they have few of, such as the profile). */
    static List<ItemRow> liveOfKind(EntityManager em, String personId, String kind) {
        return em.createQuery("select r from ItemRow r where r.personId = :p and r.state = :live"
                        + " and r.kind = :kind", ItemRow.class)
                .setParameter("p", personId).setParameter("live", ItemRow.LIVE).setParameter("kind", kind)
                .getResultList();
    }

    /** The live version of an item; a withdrawn or unknown item is not found. */
    static ItemRow live(EntityManager em, String kind, String itemId) {
        return findLive(em, kind, itemId).orElseThrow(() -> new RecordNotFoundException(kind, itemId));
    }

    /** Of many keys an agency sends, those it sent before, each with the first version of its item. */
    static Map<String, ItemRow> bySources(EntityManager em, String agency, Collection<String> sourceKeys) {
        Map<String, ItemRow> found = new HashMap<>();
        for (List<String> keys : InList.pieces(sourceKeys)) {
            em.createQuery("select r from ItemRow r where r.sourceKey in :keys and r.sourceAgency = :a"
                            + " and r.state <> :superseded", ItemRow.class)
                    .setParameter("a", agency).setParameter("keys", keys)
                    .setParameter("superseded", ItemRow.SUPERSEDED)
                    .getResultList().forEach(r -> found.putIfAbsent(r.sourceKey(), r));
        }
        return found;
    }

    /** Which of these ids are people with a live record. */
    static Set<String> livePeople(EntityManager em, Collection<String> personIds) {
        Set<String> live = new HashSet<>();
        for (List<String> ids : InList.pieces(personIds)) {
            live.addAll(em.createQuery("select r.itemId from ItemRow r where r.kind = :person and r.state = :live"
                            + " and r.itemId in :ids", String.class)
                    .setParameter("person", JpaPersonService.KIND).setParameter("live", ItemRow.LIVE)
                    .setParameter("ids", ids).getResultList());
        }
        return live;
    }

    /**
     * Adds the next version of a live item. The writer must name the version it read, so that a
     * concurrent edit is refused rather than lost.
     */
    static ItemRow revise(EntityManager em, Requester by, ItemRow current, long expectedVersion, Content content) {
        if (!ItemRow.LIVE.equals(current.state())) {
            throw new RecordNotFoundException(current.kind(), current.itemId());
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(current.itemId(), expectedVersion, current.version());
        }
        ItemRow next = current.successor();
        next.author(by.user());
        Instant now = now();
        next.recordedAt(now);
        apply(next, content, now);
        current.state(ItemRow.SUPERSEDED);
        em.persist(next);
        em.createQuery("delete from ItemLink l where l.itemId = :id").setParameter("id", current.itemId())
                .executeUpdate();
        link(em, current.itemId(), content.links());
        return next;
    }

    /** Withdraws a live item: a new version in state withdrawn, so the history keeps what it said. */
    static ItemRow withdraw(EntityManager em, Requester by, ItemRow current, String reason) {
        if (!ItemRow.LIVE.equals(current.state())) {
            throw new RecordNotFoundException(current.kind(), current.itemId());
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

    /** The live items, among {@code ids}, of this person and of one of these kinds. */
    static List<ItemRow> existing(EntityManager em, String personId, Collection<String> ids, Collection<String> kinds) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from ItemRow r where r.personId = :p and r.state = :live"
                        + " and r.itemId in :ids and r.kind in :kinds", ItemRow.class)
                .setParameter("p", personId).setParameter("live", ItemRow.LIVE)
                .setParameter("ids", ids).setParameter("kinds", kinds).getResultList();
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
            q.setParameter("at", utc(after.at())).setParameter("afterId", after.itemId());
        }
        return q.setMaxResults(limit + 1).getResultList();
    }

    private static void link(EntityManager em, String itemId, Collection<String> targets) {
        if (targets != null) {
            targets.stream().distinct().forEach(t -> em.persist(new ItemLink(itemId, t)));
        }
    }
}
