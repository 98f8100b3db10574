package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.VersionDigest;
import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.StaleVersionException;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.Provenance;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * Plan versions: the first, the next (never overwriting), the current and the history. In the caller's
 * transaction; each version written adds its digest to {@code written}, for the write's audit event.
 */
final class PlanStore {

    private PlanStore() {
    }

    /** Derby keeps microseconds: truncating here makes a stored time equal the one handed back. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static Provenance by(Requester requester, Instant at) {
        return new Provenance(requester.user(), requester.agency(), at, null);
    }

    static Plan first(EntityManager em, Requester by, Plan plan, List<VersionDigest> written) {
        Instant now = now();
        Plan stored = plan.stamped(newId(), 1, by(by, now));
        persist(em, new PlanRow(stored.id(), 1, stored.personId(), by.agency(), utc(now), stored),
                written);
        return stored;
    }

    /** The live version; an unknown plan is not found. */
    static PlanRow current(EntityManager em, String id) {
        return live(em, id, false);
    }

    /**
     * Adds the next version, made from the current one. The current row is locked, so two writers cannot
     * both build on the same version; a writer that names a version ({@code expected}) must name the
     * current one.
     */
    static Plan next(EntityManager em, Requester by, String id, Long expected, UnaryOperator<Plan> change,
                     List<VersionDigest> written) {
        PlanRow current = live(em, id, true);
        if (expected != null && current.version() != expected) {
            throw new StaleVersionException(id, expected, current.version());
        }
        long version = current.version() + 1;
        Plan stored = change.apply(plan(current)).stamped(id, version, by(by, now()));
        current.supersede();
        persist(em, new PlanRow(id, version, current.personId(), current.agency(), current.createdAt(), stored),
                written);
        return stored;
    }

    private static void persist(EntityManager em, PlanRow row, List<VersionDigest> written) {
        em.persist(row);
        written.add(RowDigest.of(row));
    }

    static List<PlanRow> history(EntityManager em, String id) {
        List<PlanRow> rows = em.createQuery("select r from PlanRow r where r.id = :id order by r.version",
                PlanRow.class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("plan", id);
        }
        return rows;
    }

    static Plan plan(PlanRow row) {
        return StoredJson.read(row.body(), Plan.class);
    }

    private static PlanRow live(EntityManager em, String id, boolean forUpdate) {
        var query = em.createQuery("select r from PlanRow r where r.id = :id and r.state = :live", PlanRow.class)
                .setParameter("id", id).setParameter("live", PlanRow.LIVE);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<PlanRow> rows = query.getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("plan", id);
        }
        return rows.get(0);
    }
}
