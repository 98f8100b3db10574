package cymru.cofnod.outcomes.internal;

import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.TimelineQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The one query behind the timeline and every list of a record: live items of one person, newest
 * first by (time, id), filtered by what the requester may see before the page is cut. A collection (one kind
 * of item) is read from its own index, which its kind leads after the person, so a page of a person's few
 * outcomes is read without passing over their thousands of entries.
 */
final class Journey {

    private Journey() {
    }

    /** One page and whether consent withholds anything of the whole record (the same whatever the page or filter). */
    record Slice(List<ItemRow> rows, boolean more, boolean withheld) {
    }

    /**
     * @param collection the one kind of item a collection lists, or null for the journey and its filters
     */
    static Slice slice(EntityManager em, String personId, TimelineQuery q, String collection, Visibility visibility,
                       Cursor after, int limit) {
        // when most of the record is visible, the page is read unfiltered and sifted here: if nothing in it is
        // hidden, one query has done the work of two
        List<ItemRow> unfiltered = visibility.broad() ? page(em, personId, q, collection, Visibility.all(), after, limit)
                : null;
        boolean sifted = unfiltered != null && unfiltered.stream().allMatch(r -> visibility.allows(r, links(r)));
        List<ItemRow> rows = sifted ? unfiltered : page(em, personId, q, collection, visibility, after, limit);
        boolean more = rows.size() > limit;
        List<ItemRow> page = more ? rows.subList(0, limit) : rows;
        return new Slice(page, more, WhatConsentHides.anything(em, personId, visibility));
    }

    private static List<ItemRow> page(EntityManager em, String personId, TimelineQuery q, String collection,
                                      Visibility visibility, Cursor after, int limit) {
        if (visibility.nothing()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = where(personId, q, collection, after, params);
        visibility.condition(params).ifPresent(c -> jpql.append(" and ").append(c));
        jpql.append(" order by r.occurredAt desc, r.itemId desc");
        if (after != null) {
            // a page further back is seldom read twice: read whole at once
            return read(em, personId, ItemRow.WHOLE, jpql, params, limit);
        }
        // the newest page is read again and again: its items are most likely kept already
        List<ItemRow> rows = read(em, personId, ItemRow.LISTED, jpql, params, limit);
        if (!ItemStore.allKept(rows)) {
            // some were not: the page again, whole, one ranged read like the first (Derby answers an IN list of
            // ids with a scan of the whole table)
            rows = read(em, personId, ItemRow.WHOLE, jpql, params, limit);
        }
        return rows;
    }

    private static List<ItemRow> read(EntityManager em, String personId, String columns, CharSequence jpql,
                                      Map<String, Object> params, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select " + columns + " from ItemRow r " + jpql, Object[].class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList().stream().map(c -> ItemRow.listed(personId, c)).toList();
    }

    private static java.util.Collection<String> links(ItemRow row) {
        return ItemStore.item(row, ItemKind.byName(row.kind()).orElseThrow()).links();
    }

    /** The filters of a page: person, live, the collection or the query's own, and the cursor. */
    private static StringBuilder where(String personId, TimelineQuery q, String collection, Cursor after,
                                       Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder(
                "where r.personId = :person and r.state = :live and r.kind <> :person_kind");
        params.put("person", personId);
        params.put("live", ItemRow.LIVE);
        params.put("person_kind", JpaPersonService.KIND);
        if (collection != null) {
            // an equality on the kind, never an IN list or an OR with the subkind: Derby then reads the collection
            // index from the person's newest item of this kind and stops after one page
            jpql.append(" and r.kind = :kind");
            params.put("kind", collection);
        }
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
            jpql.append(" and r.occurredAt <= :at and (r.occurredAt < :at or (r.occurredAt = :at and r.itemId < :afterId))");
            params.put("at", ItemStore.utc(after.at()));
            params.put("afterId", after.itemId());
        }
        return jpql;
    }
}
