package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.MalformedRequestException;
import cymru.cofnod.core.api.Memo;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Validation;
import java.time.LocalDateTime;
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
 * 50 is 50 items the requester may see, and the cursor (the last item's id) continues from there. A page reads the
 * rows' keys from its index; each row and its item, never changed once written (a meeting, a plan version), is read
 * and parsed once and kept.
 */
final class Keyset<R extends StoredRow, T> {

    /** Whether the requester may see a stored row about these outcomes. */
    interface Visible {
        boolean test(StoredRow row, Collection<String> outcomeIds);
    }

    /** A row as read once, and its item. */
    private record Kept<R, T>(R row, T item) {
    }

    /** Where a row is in the list's order, and the key it is kept under. */
    private record Place(String id, LocalDateTime createdAt, String key) {
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
    private final Memo<Kept<R, T>> kept = new Memo<>(5_000);

    Keyset(Class<R> type, String state, Function<R, T> toItem, Function<T, Collection<String>> outcomeIds,
           BiFunction<T, Set<String>, T> shownWithout) {
        this.type = type;
        this.state = state;
        this.toItem = toItem;
        this.outcomeIds = outcomeIds;
        this.shownWithout = shownWithout;
    }

    /** The row's item, parsed once. */
    T item(R row) {
        return kept.get(row.key(), () -> new Kept<>(row, toItem.apply(row))).item();
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
        Place after = page.cursor() == null ? null : cursorPlace(em, page.cursor());
        List<T> shown = new ArrayList<>();
        List<String> personIds = new ArrayList<>();
        Place last = null;
        boolean more = false;
        int batch = page.limit() + 1;
        while (true) {
            List<Place> places = places(em, personId, after, batch);
            Map<String, Kept<R, T>> rows = rows(em, places);
            for (Place place : places) {
                Kept<R, T> row = rows.get(place.id());
                if (row == null || !visible.test(row.row(), outcomeIds.apply(row.item()))) {
                    continue;
                }
                if (shown.size() == page.limit()) {
                    more = true;
                    break;
                }
                shown.add(row.item());
                personIds.add(row.row().personId());
                last = place;
            }
            if (more || places.size() < batch) {
                break;
            }
            after = places.get(places.size() - 1);
        }
        boolean hidden = personId != null && withheld.of(personId, () -> anyHidden(em, personId, visible));
        return new Found<>(new Page<>(shown, more ? last.id() : null, hidden), personIds);
    }

    /** Whether the reader may not see some row of the person's: every row read. */
    private boolean anyHidden(EntityManager em, String personId, Visible visible) {
        for (Kept<R, T> row : rows(em, places(em, personId, null, Integer.MAX_VALUE)).values()) {
            if (!visible.test(row.row(), outcomeIds.apply(row.item()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows at these places, by id: those kept from an earlier read, the others read in one query. A plan whose
     * live version changed since its place was read is read at its new version.
     */
    private Map<String, Kept<R, T>> rows(EntityManager em, List<Place> places) {
        Map<String, Kept<R, T>> rows = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (Place place : places) {
            Kept<R, T> known = kept.kept(place.key());
            if (known == null) {
                unread.add(place.id());
            } else {
                rows.put(place.id(), known);
            }
        }
        for (List<String> ids : InList.pieces(unread)) {
            TypedQuery<R> q = em.createQuery("select r from " + type.getSimpleName() + " r where r.id in :ids"
                    + (state == null ? "" : " and r.state = :state"), type).setParameter("ids", ids);
            if (state != null) {
                q.setParameter("state", state);
            }
            for (R row : q.getResultList()) {
                rows.put(row.id(), kept.get(row.key(), () -> new Kept<>(row, toItem.apply(row))));
            }
        }
        return rows;
    }

    private Place cursorPlace(EntityManager em, String cursor) {
        List<Place> places = new Validation().id(cursor, "cursor").ok()
                ? query(em, List.of("r.id = :id"), Map.of("id", cursor), "", 1) : List.of();
        if (places.isEmpty()) {
            throw new MalformedRequestException("cursor", "is not a cursor this list gave out");
        }
        return places.get(0);
    }

    private List<Place> places(EntityManager em, String personId, Place after, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (personId != null) {
            where.add("r.personId = :person");
            params.put("person", personId);
        }
        if (after != null) {
            // the first bound is one Derby's descending index can start the scan at; the second cuts the ties
            where.add("r.createdAt <= :at and (r.createdAt < :at or (r.createdAt = :at and r.id < :afterId))");
            params.put("at", after.createdAt());
            params.put("afterId", after.id());
        }
        return query(em, where, params, " order by r.createdAt desc, r.id desc", size);
    }

    /** The places of the rows these conditions find, without their bodies: a page is cut from its index. */
    private List<Place> query(EntityManager em, List<String> conditions, Map<String, Object> params, String order,
                              int size) {
        List<String> where = new ArrayList<>(conditions);
        if (state != null) {
            where.add(0, "r.state = :state");
        }
        // rows kept to a state are versions of one item (plans): their key names the version
        TypedQuery<Object[]> q = em.createQuery("select r.id, r.createdAt" + (state == null ? "" : ", r.version")
                + " from " + type.getSimpleName() + " r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order, Object[].class);
        params.forEach(q::setParameter);
        if (state != null) {
            q.setParameter("state", state);
        }
        return q.setMaxResults(size).getResultList().stream()
                .map(c -> new Place((String) c[0], (LocalDateTime) c[1], state == null ? (String) c[0] : c[0] + "/" + c[2]))
                .toList();
    }
}
