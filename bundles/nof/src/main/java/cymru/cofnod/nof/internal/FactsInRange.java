package cymru.cofnod.nof.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;

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
        // JPA's positional ?1 becomes JDBC's ?, in the same order
        String sql = ("select f.PERSON_KEY, f.OUTCOME_ID, " + (breakdown == null ? "''" : breakdown)
                + ", m.CODE, m.PARENT_CODE, m.DOMAIN_CODE from NOF_FACT f join NOF_MAPPING m" + JpaNofReports.HASH_JOIN
                + " on m.OUTCOME_ID = f.OUTCOME_ID and m.STATE = 'live'" + where).replaceAll("\\?\\d+", "?");
        Map<List<String>, Gathered> cells = new HashMap<>();
        Map<List<String>, Gathered> groups = new HashMap<>();
        Gathered total = new Gathered();
        // streamed over the transaction's own connection: a range can hold every fact
        try (PreparedStatement ps = em.unwrap(Connection.class).prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String person = rs.getString(1);
                    String outcome = rs.getString(2);
                    String value = rs.getString(3);
                    total.add(person, outcome);
                    for (String group : groups(cut, rs.getString(4), rs.getString(5), rs.getString(6), personalised)) {
                        cells.computeIfAbsent(List.of(group, value), k -> new Gathered()).add(person, outcome);
                        groups.computeIfAbsent(List.of(group, ""), k -> new Gathered()).add(person, outcome);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The report could not be counted", e);
        }
        return new Counted(counts(cells), counts(groups), total.counts());
    }

    /** The groups of the cut one tag puts its outcome in. */
    private static Set<String> groups(String cut, String code, String parent, String domain,
                                      Map<String, List<String>> personalised) {
        return switch (cut) {
            case "statement" -> Set.of(code);
            case "personalised" -> Counts.gathering(personalised, code, parent, domain);
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
