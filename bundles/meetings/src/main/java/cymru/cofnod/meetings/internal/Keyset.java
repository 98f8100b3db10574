package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * Newest-first keyset pages of meetings or plans, filtered by the read check before paging: a page of
 * 50 is 50 items the requester may see, and the cursor (the last item's id) continues from there.
 */
final class Keyset<R extends StoredRow, T> {

    /** Whether the requester may see a stored row about these outcomes. */
    interface Visible {
        boolean test(StoredRow row, Collection<String> outcomeIds);
    }

    private final Class<R> type;
    /**
     * Only rows in this state (live plan versions), or null for all. Bound as a parameter, never written into
     * the query: a literal condition made EclipseLink send queries unbound, and Derby compile each afresh.
     */
    private final String state;
    private final Function<R, T> toItem;
    private final Function<T, Collection<String>> outcomeIds;
    private final BiFunction<T, Set<String>, T> shownWithout;

    Keyset(Class<R> type, String state, Function<R, T> toItem, Function<T, Collection<String>> outcomeIds,
           BiFunction<T, Set<String>, T> shownWithout) {
        this.type = type;
        this.state = state;
        this.toItem = toItem;
        this.outcomeIds = outcomeIds;
        this.shownWithout = shownWithout;
    }

    /** What one person's record hides of the outcomes a page quotes. */
    interface Hidden {
        Set<String> of(String personId, Collection<String> outcomeIds);
    }

    /**
     * The page with each item cut down to the outcomes its reader may see today, whoever's record it quotes and
     * whenever it was written: one question per person on the page, not per item.
     */
    Page<T> shown(Page<T> page, List<String> personIds, Hidden hidden) {
        Map<String, Set<String>> quoted = new HashMap<>();
        for (int i = 0; i < page.items().size(); i++) {
            quoted.computeIfAbsent(personIds.get(i), p -> new HashSet<>()).addAll(outcomeIds.apply(page.items().get(i)));
        }
        Map<String, Set<String>> hiddenByPerson = new HashMap<>();
        quoted.forEach((personId, ids) -> hiddenByPerson.put(personId, hidden.of(personId, ids)));
        List<T> shown = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            Set<String> cut = hiddenByPerson.get(personIds.get(i));
            shown.add(cut.isEmpty() ? page.items().get(i) : shownWithout.apply(page.items().get(i), cut));
        }
        return new Page<>(shown, page.nextCursor(), page.withheld());
    }

    /** A page and the person each of its items is about, in order. */
    record Found<T>(Page<T> page, List<String> personIds) {
    }

    /**
     * Whether consent hides any of one person's meetings (or plans) from the reader: one answer for all of them,
     * whatever the page, so the flag says nothing of where a hidden one is. Given the work that reads every row of
     * the person's, for when the answer is not kept.
     */
    interface Withheld {
        boolean of(String personId, BooleanSupplier everyRow);
    }

    /** A page the reader may see, filtered before it is cut; {@code personId} null: everyone's. */
    Found<T> page(EntityManager em, String personId, PageRequest page, Visible visible, Withheld withheld) {
        R after = page.cursor() == null ? null : cursorRow(em, page.cursor());
        List<T> shown = new ArrayList<>();
        List<String> personIds = new ArrayList<>();
        R last = null;
        boolean more = false;
        int batch = page.limit() + 1;
        while (true) {
            List<R> rows = batch(em, personId, after, batch);
            for (R row : rows) {
                T item = toItem.apply(row);
                if (!visible.test(row, outcomeIds.apply(item))) {
                    continue;
                }
                if (shown.size() == page.limit()) {
                    more = true;
                    break;
                }
                shown.add(item);
                personIds.add(row.personId());
                last = row;
            }
            if (more || rows.size() < batch) {
                break;
            }
            after = rows.get(rows.size() - 1);
        }
        boolean hidden = personId != null && withheld.of(personId, () -> anyHidden(em, personId, visible));
        return new Found<>(new Page<>(shown, more ? last.id() : null, hidden), personIds);
    }

    /** Whether the reader may not see some row of the person's: every row read. */
    private boolean anyHidden(EntityManager em, String personId, Visible visible) {
        for (R row : batch(em, personId, null, Integer.MAX_VALUE)) {
            if (!visible.test(row, outcomeIds.apply(toItem.apply(row)))) {
                return true;
            }
        }
        return false;
    }

    private R cursorRow(EntityManager em, String cursor) {
        TypedQuery<R> q = em.createQuery("select r from " + type.getSimpleName() + " r where r.id = :id"
                + (state == null ? "" : " and r.state = :state"), type);
        if (state != null) {
            q.setParameter("state", state);
        }
        List<R> rows = new Validation().id(cursor, "cursor").ok()
                ? q.setParameter("id", cursor).setMaxResults(1).getResultList() : List.of();
        if (rows.isEmpty()) {
            throw new MalformedRequestException("cursor", "is not a cursor this list gave out");
        }
        return rows.get(0);
    }

    private List<R> batch(EntityManager em, String personId, R after, int size) {
        List<String> where = new ArrayList<>();
        if (state != null) {
            where.add("r.state = :state");
        }
        if (personId != null) {
            where.add("r.personId = :person");
        }
        if (after != null) {
            // the first bound is one Derby's descending index can start the scan at; the second cuts the ties
            where.add("r.createdAt <= :at and (r.createdAt < :at or (r.createdAt = :at and r.id < :afterId))");
        }
        TypedQuery<R> q = em.createQuery("select r from " + type.getSimpleName() + " r"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by r.createdAt desc, r.id desc", type);
        if (state != null) {
            q.setParameter("state", state);
        }
        if (personId != null) {
            q.setParameter("person", personId);
        }
        if (after != null) {
            q.setParameter("at", after.createdAt()).setParameter("afterId", after.id());
        }
        return q.setMaxResults(size).getResultList();
    }
}
