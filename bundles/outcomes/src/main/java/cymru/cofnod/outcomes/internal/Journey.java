package cymru.cofnod.outcomes.internal;

import cymru.cofnod.outcomes.api.TimelineQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The one query behind the timeline and every list of a record: live items of one person, newest
 * first by (time, id), filtered by what the requester may see before the page is cut.
 */
final class Journey {

    private Journey() {
    }

    static List<ItemRow> page(EntityManager em, String personId, TimelineQuery q, Visibility visibility,
                              Cursor after, int limit) {
        if (visibility.nothing()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder(
                "select r from ItemRow r where r.personId = :person and r.state = :live and r.kind <> :person_kind");
        params.put("person", personId);
        params.put("live", ItemRow.LIVE);
        params.put("person_kind", JpaPersonService.KIND);
        if (!q.kinds().isEmpty()) {
            jpql.append(" and (r.kind in :kinds or r.subkind in :kinds)");
            params.put("kinds", q.kinds());
        }
        if (q.agency() != null) {
            jpql.append(" and r.agency = :agency");
            params.put("agency", q.agency());
        }
        if (q.outcomeId() != null) {
            jpql.append(" and (r.itemId = :outcome or exists (select l from ItemLink l where l.itemId = r.itemId"
                    + " and l.targetId = :outcome))");
            params.put("outcome", q.outcomeId());
        }
        if (q.from() != null) {
            jpql.append(" and r.occurredAt >= :from");
            params.put("from", ItemStore.utc(q.from()));
        }
        if (q.to() != null) {
            jpql.append(" and r.occurredAt < :to");
            params.put("to", ItemStore.utc(q.to()));
        }
        if (after != null) {
            jpql.append(" and (r.occurredAt < :at or (r.occurredAt = :at and r.itemId < :afterId))");
            params.put("at", ItemStore.utc(after.at()));
            params.put("afterId", after.itemId());
        }
        visibility.condition(params).ifPresent(c -> jpql.append(" and ").append(c));
        jpql.append(" order by r.occurredAt desc, r.itemId desc");
        TypedQuery<ItemRow> query = em.createQuery(jpql.toString(), ItemRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** Whether any live item of the person exists at all that the visibility hides (never which). */
    static boolean anyHidden(EntityManager em, String personId, Visibility visibility) {
        if (!visibility.partial()) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        String jpql = "select r.itemId from ItemRow r where r.personId = :person and r.state = :live"
                + " and r.kind <> :person_kind"
                + visibility.condition(params).map(c -> " and not " + c).orElse("");
        params.put("person", personId);
        params.put("live", ItemRow.LIVE);
        params.put("person_kind", JpaPersonService.KIND);
        TypedQuery<String> query = em.createQuery(jpql, String.class);
        params.forEach(query::setParameter);
        return !query.setMaxResults(1).getResultList().isEmpty();
    }
}
