package cymru.cofnod.nof.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * One report's cells over a range of days, counted in one pass over the tagged facts of those days. People over a
 * range of days are not the sum of any kept cells, so each cell gathers its people and outcomes here, each once; the
 * database only filters and joins, and the grouping a GROUP BY would sort for is done by hash in memory.
 */
final class FactsInRange {

    /** The report's cells by group and breakdown value, the same by group alone, and the total: people, outcomes. */
    record Counted(Map<List<String>, long[]> cells, Map<List<String>, long[]> groups, long[] total) {
    }

    private FactsInRange() {
    }

    /**
     * Counts the cut's groups, by the breakdown's column if any, from the live facts and tags that the where clause
     * (over {@code f}, the facts, with positional parameters) keeps.
     */
    static Counted count(EntityManager em, String cut, String breakdown, String where, List<Object> params) {
        Map<String, List<String>> personalised = "personalised".equals(cut) ? Counts.personalised(em) : Map.of();
        Query query = em.createNativeQuery("select f.PERSON_KEY, f.OUTCOME_ID, " + (breakdown == null ? "''" : breakdown)
                + ", m.CODE, m.PARENT_CODE, m.DOMAIN_CODE from NOF_FACT f join NOF_MAPPING m" + JpaNofReports.HASH_JOIN
                + " on m.OUTCOME_ID = f.OUTCOME_ID and m.STATE = 'live'" + where);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Map<List<String>, Gathered> cells = new HashMap<>();
        Map<List<String>, Gathered> groups = new HashMap<>();
        Gathered total = new Gathered();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            String person = (String) r[0];
            String outcome = (String) r[1];
            String value = String.valueOf(r[2]);
            total.add(person, outcome);
            for (String group : groups(cut, (String) r[3], (String) r[4], (String) r[5], personalised)) {
                cells.computeIfAbsent(List.of(group, value), k -> new Gathered()).add(person, outcome);
                groups.computeIfAbsent(List.of(group, ""), k -> new Gathered()).add(person, outcome);
            }
        }
        return new Counted(counts(cells), counts(groups), total.counts());
    }

    /** The groups of the cut one tag puts its outcome in. */
    private static Set<String> groups(String cut, String code, String parent, String domain,
                                      Map<String, List<String>> personalised) {
        return switch (cut) {
            case "statement" -> Set.of(code);
            case "personalised" -> {
                Set<String> statements = new LinkedHashSet<>();
                for (String gathered : parent == null ? List.of(code, domain) : List.of(code, parent, domain)) {
                    statements.addAll(personalised.getOrDefault(gathered, List.of()));
                }
                yield statements;
            }
            default -> Set.of(domain);
        };
    }

    private static Map<List<String>, long[]> counts(Map<List<String>, Gathered> gathered) {
        Map<List<String>, long[]> counts = new HashMap<>();
        gathered.forEach((key, g) -> counts.put(key, g.counts()));
        return counts;
    }

    /** The people and outcomes of one cell, each once however many tags bring them in. */
    private static final class Gathered {
        private final Set<String> people = new HashSet<>();
        private final Set<String> outcomes = new HashSet<>();

        void add(String person, String outcome) {
            people.add(person);
            outcomes.add(outcome);
        }

        long[] counts() {
            return new long[] {people.size(), outcomes.size()};
        }
    }
}
