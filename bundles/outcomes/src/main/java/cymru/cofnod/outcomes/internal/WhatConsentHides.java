package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.InList;
import cymru.cofnod.core.api.Memo;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * What consent hides of one person's record from one kind of reader: whether anything at all (the journey's
 * {@code withheld}, one answer for the whole record whatever the page or filter), and which of the items that
 * others link to. Answers are kept under the person's record generation ({@link RecordGeneration}), which every
 * write moves on in its own transaction and every read reads (one row by its key), and the visibility's content,
 * which a directive given, withdrawn or expired changes: most reads ask nothing more. A write through any node is
 * seen by the next read through every node.
 */
final class WhatConsentHides {

    private static final Memo<Boolean> ANSWERS = new Memo<>(50_000);

    private WhatConsentHides() {
    }

    private static String key(String personId, long generation, Visibility visibility, String what) {
        return personId + '@' + generation + '#' + visibility.key() + '#' + what;
    }

    /**
     * Whether consent hides any live item of the person's record from this visibility. To an outsider it is always
     * yes, whatever the record holds: whether anything was written about the person is more than a trace tells.
     */
    static boolean anything(EntityManager em, String personId, Visibility visibility) {
        if (!visibility.partial()) {
            return false;
        }
        if (visibility.outsider()) {
            return true;
        }
        return ANSWERS.get(key(personId, RecordGeneration.of(em, personId), visibility, ""),
                () -> !hidden(em, personId, visibility, null, 1).isEmpty());
    }

    /** Of these ids, those of live items of the person's record this visibility hides. */
    static Set<String> among(EntityManager em, String personId, Visibility visibility, Collection<String> ids) {
        Set<String> hidden = new HashSet<>();
        if (!visibility.partial() || ids.isEmpty()) {
            return hidden;
        }
        long generation = RecordGeneration.of(em, personId);
        Map<String, String> keys = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (String id : ids) {
            String key = key(personId, generation, visibility, id);
            Boolean known = ANSWERS.kept(key);
            if (known == null) {
                keys.put(id, key);
                unknown.add(id);
            } else if (known) {
                hidden.add(id);
            }
        }
        for (List<String> piece : InList.pieces(unknown)) {
            Set<String> found = new HashSet<>(hidden(em, personId, visibility, piece, piece.size()));
            for (String id : piece) {
                ANSWERS.get(keys.get(id), () -> found.contains(id));
            }
            hidden.addAll(found);
        }
        return hidden;
    }

    private static List<String> hidden(EntityManager em, String personId, Visibility visibility, List<String> ids,
                                       int most) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select r.itemId from ItemRow r where r.personId = :person"
                + " and r.state = :live and r.kind <> :person_kind");
        params.put("person", personId);
        params.put("live", ItemRow.LIVE);
        params.put("person_kind", JpaPersonService.KIND);
        if (ids != null) {
            jpql.append(" and r.itemId in :ids");
            params.put("ids", ids);
        } else {
            // a note the person keeps to themselves is not consent's to withhold: to anyone else it was never written
            jpql.append(" and r.category <> :onlyMe");
            params.put("onlyMe", ItemRow.ONLY_ME);
        }
        visibility.condition(params).ifPresent(c -> jpql.append(" and not ").append(c));
        TypedQuery<String> query = em.createQuery(jpql.toString(), String.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(most).getResultList();
    }
}
