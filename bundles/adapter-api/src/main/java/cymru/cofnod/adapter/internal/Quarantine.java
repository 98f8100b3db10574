package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.UniqueKeys;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The quarantine's and the ingest map's tables. An item keeps one quarantine row per agency and own id, however
 * often it is sent, so a resend or a retry updates its row rather than adding another.
 */
final class Quarantine {

    private final JpaTemplate jpa;

    Quarantine(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Keeps an item that could not be taken in, with its reason (see {@link Reasons}); returns its quarantine id. */
    String keep(String agency, String givenKey, String type, String mediaType, String reason, byte[] payload,
                Long retryOf) {
        String sourceKey = Reasons.storable(givenKey);
        try {
            return keepOnce(agency, sourceKey, type, mediaType, reason, payload, retryOf);
        } catch (RuntimeException e) {
            if (!UniqueKeys.violatedBy(e)) {
                throw e;
            }
            // another node kept the same item at the same moment: asked again, it waits in that node's row
            return keepOnce(agency, sourceKey, type, mediaType, reason, payload, retryOf);
        }
    }

    private String keepOnce(String agency, String sourceKey, String type, String mediaType, String reason,
                            byte[] payload, Long retryOf) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = Instant.now();
            QuarantineRow row = retryOf != null ? em.find(QuarantineRow.class, retryOf) : null;
            if (row == null && sourceKey != null) {
                row = open(em, agency, sourceKey).orElse(null);
            }
            if (row == null) {
                row = new QuarantineRow(agency, sourceKey, type, mediaType, reason, payload, now);
                em.persist(row);
                em.flush();
                return String.valueOf(row.id());
            }
            stillRefused(em, row.id(), mediaType, reason, payload, retryOf != null && retryOf.equals(row.id()), now);
            return String.valueOf(row.id());
        });
    }

    /**
     * The item came again, or was retried, and still cannot be taken in: its reason, payload, media type and retry
     * count change in one statement. Setting them on the entity lost the reason: with weaving, touching the lazy
     * payload loads the rest of the row again over what was already set.
     */
    private static void stillRefused(EntityManager em, long id, String mediaType, String reason, byte[] payload,
                                     boolean retried, Instant at) {
        em.createQuery("update QuarantineRow q set q.reason = :reason, q.payload = :payload, q.mediaType = :mediaType,"
                        + " q.lastTried = :at, q.retries = q.retries + :retried where q.id = :id")
                .setParameter("reason", QuarantineRow.clip(reason)).setParameter("payload", payload)
                .setParameter("mediaType", mediaType).setParameter("at", at).setParameter("retried", retried ? 1 : 0)
                .setParameter("id", id).executeUpdate();
    }

    /** Each agency's waiting items: how many, and when the oldest came; agencies with none are left out. */
    Map<String, AgencyStatus.Waiting> waiting() {
        return jpa.txExpr(TransactionType.Required, em -> {
            // RECEIVED is no SQL time Derby can take the least of; ids grow with it, so the oldest is the least id
            Map<Long, Long> counts = em.createQuery(
                            "select min(q.id), count(q) from QuarantineRow q group by q.agency", Object[].class)
                    .getResultList().stream()
                    .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
            if (counts.isEmpty()) {
                return Map.of();
            }
            return em.createQuery("select q.id, q.agency, q.received from QuarantineRow q where q.id in :oldest",
                            Object[].class).setParameter("oldest", List.copyOf(counts.keySet())).getResultList()
                    .stream().collect(Collectors.toMap(r -> (String) r[1],
                            r -> new AgencyStatus.Waiting(counts.get((Long) r[0]), (Instant) r[2])));
        });
    }

    /** The ids of an agency's waiting items, oldest first. */
    List<Long> waitingIds(String agency) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "select q.id from QuarantineRow q where q.agency = :agency order by q.id", Long.class)
                .setParameter("agency", agency).getResultList());
    }

    /** These items have landed: they no longer wait in quarantine. */
    void release(String agency, List<String> sourceKeys) {
        if (sourceKeys.isEmpty()) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            for (List<String> keys : InList.pieces(sourceKeys)) {
                em.createQuery("delete from QuarantineRow q where q.agency = :agency and q.sourceKey in :keys")
                        .setParameter("agency", agency).setParameter("keys", keys).executeUpdate();
            }
        });
    }

    boolean anyWaiting(String agency) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery(
                        "select q.id from QuarantineRow q where q.agency = :agency", Long.class)
                .setParameter("agency", agency).setMaxResults(1).getResultList().isEmpty());
    }

    void discard(long id) {
        jpa.tx(TransactionType.Required, em -> {
            QuarantineRow row = em.find(QuarantineRow.class, id);
            if (row != null) {
                em.remove(row);
            }
        });
    }

    QuarantineRow row(String id) {
        long key = parse(id).orElseThrow(() -> new RecordNotFoundException("quarantined item", id));
        return jpa.txExpr(TransactionType.Required, em -> {
            QuarantineRow row = em.find(QuarantineRow.class, key);
            if (row == null) {
                throw new RecordNotFoundException("quarantined item", id);
            }
            row.payload(); // read the lazy payload inside the transaction
            return row;
        });
    }

    /** Oldest first, keyset-paged on the id; {@code agency} null means every agency. */
    Page<QuarantinedItem> page(String agency, PageRequest page) {
        long after = page.cursor() == null ? 0 : parse(page.cursor()).orElseThrow(() -> new MalformedRequestException(
                "cursor", "is not a cursor this list gave out"));
        return jpa.txExpr(TransactionType.Required, em -> {
            List<QuarantineRow> rows = oldestFirst(em, agency, after, page.limit() + 1);
            boolean more = rows.size() > page.limit();
            List<QuarantineRow> shown = more ? rows.subList(0, page.limit()) : rows;
            return new Page<>(shown.stream().map(r -> r.toItem(false)).toList(),
                    more ? String.valueOf(shown.get(shown.size() - 1).id()) : null, false);
        });
    }

    /** Up to {@code most} waiting items after the id {@code after}, oldest first; {@code agency} null: every agency. */
    static List<QuarantineRow> oldestFirst(EntityManager em, String agency, long after, int most) {
        TypedQuery<QuarantineRow> q = em.createQuery("select q from QuarantineRow q where q.id > :after"
                + (agency == null ? "" : " and q.agency = :agency") + " order by q.id", QuarantineRow.class)
                .setParameter("after", after).setMaxResults(most);
        if (agency != null) {
            q.setParameter("agency", agency);
        }
        return q.getResultList();
    }

    /** Which record items agencies' own ids became; an id already remembered keeps its item. */
    void remember(List<IngestedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            for (IngestedRow row : rows) {
                if (em.find(IngestedRow.class, row.key()) == null) {
                    em.persist(row);
                }
            }
        });
    }

    Optional<IngestedRow> ingested(String agency, String sourceKey) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(
                em.find(IngestedRow.class, new IngestedRow.Key(agency, sourceKey))));
    }

    private static Optional<QuarantineRow> open(EntityManager em, String agency, String sourceKey) {
        return em.createQuery("select q from QuarantineRow q where q.agency = :agency and q.sourceKey = :key",
                        QuarantineRow.class)
                .setParameter("agency", agency).setParameter("key", sourceKey).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
