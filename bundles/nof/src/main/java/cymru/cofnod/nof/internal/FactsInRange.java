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
 * One report's cells over a range of days, counted in one pass over the live facts of those days and one over the
 * live tags. People over a range of days are not the sum of any kept cells, so each cell gathers its people and
 * outcomes here, each once. The facts and tags are joined in memory, by the outcome: Derby would otherwise spill the
 * join's hash table to disk at this size (its limit per table is 1 MB), and a GROUP BY would sort every row.
 */
final class FactsInRange {

    /** The report's cells by group and breakdown value, the same by group alone, and the total: people, outcomes. */
    record Counted(Map<List<String>, long[]> cells, Map<List<String>, long[]> groups, long[] total) {
    }

    private static final String TAGS = "select OUTCOME_ID, CODE, PARENT_CODE, DOMAIN_CODE from NOF_MAPPING"
            + " where STATE = 'live'";

    /** Rows fetched at a time, so PostgreSQL's driver streams them rather than holding them all. */
    private static final int FETCH = 5_000;

    private FactsInRange() {
    }

    /**
     * Whether counting in memory beats the database's own GROUP BY: on Derby, by ten times at 50,000 people; PostgreSQL
     * groups faster than this does (docs/benchmarks.md).
     */
    static boolean faster(EntityManager em) {
        try {
            return "Apache Derby".equals(em.unwrap(Connection.class).getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be asked its name", e);
        }
    }

    /**
     * Counts the cut's groups, by the breakdown's column if any, from the live facts that the where clause (over
     * {@code f}, the facts, with JPA's positional parameters) keeps and their live tags.
     */
    static Counted count(EntityManager em, String cut, String breakdown, String where, List<Object> params) {
        Map<String, List<String>> personalised = "personalised".equals(cut) ? Counts.personalised(em) : Map.of();
        // JPA's positional ?1 becomes JDBC's ?, in the same order
        String facts = ("select f.OUTCOME_ID, f.PERSON_KEY, " + (breakdown == null ? "''" : breakdown)
                + " from NOF_FACT f" + where).replaceAll("\\?\\d+", "?");
        Map<List<String>, Gathered> cells = new HashMap<>();
        Map<List<String>, Gathered> groups = new HashMap<>();
        Gathered total = new Gathered();
        // over the transaction's own connection, streamed: a range can hold every fact
        Connection c = em.unwrap(Connection.class);
        try {
            Map<String, String[]> inRange = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(facts)) {
                ps.setFetchSize(FETCH);
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inRange.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(TAGS)) {
                ps.setFetchSize(FETCH);
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    String outcome = rs.getString(1);
                    String[] fact = inRange.get(outcome);
                    if (fact == null) {
                        continue;
                    }
                    total.add(fact[0], outcome);
                    for (String group : groups(cut, rs.getString(2), rs.getString(3), rs.getString(4), personalised)) {
                        cells.computeIfAbsent(List.of(group, fact[1]), k -> new Gathered()).add(fact[0], outcome);
                        groups.computeIfAbsent(List.of(group, ""), k -> new Gathered()).add(fact[0], outcome);
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
