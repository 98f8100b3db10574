package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * Newest-first keyset pages of meetings or plans, filtered by the read check before paging: a page of
 * 50 is 50 rows the requester may see, and the cursor (the last row's id) continues from there.
 */
final class Keyset<R extends StoredRow> {

    private final Class<R> type;
    /** Extra JPQL condition on {@code r}, such as only live plan versions. */
    private final String condition;

    Keyset(Class<R> type, String condition) {
        this.type = type;
        this.condition = condition;
    }

    <T> Page<T> page(EntityManager em, String personId, PageRequest page, Predicate<String> mayRead,
                     Function<R, T> toItem) {
        R after = page.cursor() == null ? null : cursorRow(em, page.cursor());
        List<R> visible = new ArrayList<>();
        boolean withheld = false;
        int batch = page.limit() + 1;
        while (visible.size() <= page.limit()) {
            List<R> rows = batch(em, personId, after, batch);
            for (R row : rows) {
                if (visible.size() <= page.limit()) {
                    if (mayRead.test(row.personId())) {
                        visible.add(row);
                    } else {
                        withheld = true;
                    }
                }
            }
            if (rows.size() < batch) {
                break;
            }
            after = rows.get(rows.size() - 1);
        }
        boolean more = visible.size() > page.limit();
        List<R> shown = more ? visible.subList(0, page.limit()) : visible;
        String next = more ? shown.get(shown.size() - 1).id() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next, withheld);
    }

    private R cursorRow(EntityManager em, String cursor) {
        List<R> rows = em.createQuery("select r from " + type.getSimpleName() + " r where r.id = :id and "
                + condition, type).setParameter("id", cursor).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("cursor", "is not a cursor this list gave out")));
        }
        return rows.get(0);
    }

    private List<R> batch(EntityManager em, String personId, R after, int size) {
        StringBuilder jpql = new StringBuilder("select r from ").append(type.getSimpleName()).append(" r where ")
                .append(condition);
        if (personId != null) {
            jpql.append(" and r.personId = :person");
        }
        if (after != null) {
            jpql.append(" and (r.createdAt < :at or (r.createdAt = :at and r.id < :afterId))");
        }
        TypedQuery<R> q = em.createQuery(jpql.append(" order by r.createdAt desc, r.id desc").toString(), type);
        if (personId != null) {
            q.setParameter("person", personId);
        }
        if (after != null) {
            q.setParameter("at", after.createdAt()).setParameter("afterId", after.id());
        }
        return q.setMaxResults(size).getResultList();
    }
}
