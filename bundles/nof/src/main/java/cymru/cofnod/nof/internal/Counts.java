package cymru.cofnod.nof.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * The report counts ({@code NOF_COUNT}), and the live facts of each day and agency ({@code NOF_FACT_DAY}: the
 * values the agency and period breakdowns list), kept in the transaction of every change to the facts or tags they
 * come from. A cell holds the live tagged outcomes of a group and the people they belong to, unfiltered or under
 * any of the filters (agency, type, review result), in total or by one value of a breakdown. People are counted by
 * looking at the one person a change touches: their cells before and after the change, so a cell gains a
 * person when their first outcome enters it and loses them when their last one leaves. Locks are taken in one
 * order, so writers on several nodes wait for each other and never deadlock: the person's stripe of
 * {@code NOF_COUNT_LOCK}, then (to add cells or days not counted before) the makers' row, then the cells in the order
 * of their ids, then the days in the order of theirs. A full {@link #recount} locks that table and counts everything
 * again.
 */
final class Counts {

    static final String TOTAL = "total";

    private static final String TAGGED = "select f.PERSON_KEY, f.OUTCOME_ID, f.AGENCY, f.OUTCOME_TYPE,"
            + " f.REVIEW_RESULT, f.PERIOD_MONTH, f.PERIOD_QUARTER, f.PERIOD_YEAR, m.CODE, m.PARENT_CODE, m.DOMAIN_CODE"
            + " from NOF_FACT f join NOF_MAPPING m%s on m.OUTCOME_ID = f.OUTCOME_ID and m.STATE = 'live'"
            + " where f.STATE = 'live'";
    private static final String OF_PERSON = String.format(TAGGED, "") + " and f.PERSON_KEY = ? order by f.OUTCOME_ID";
    private static final String BY_PERSON = " order by f.PERSON_KEY, f.OUTCOME_ID";
    private static final String EVERYONE = String.format(TAGGED, JpaNofReports.HASH_JOIN) + BY_PERSON;
    private static final String TAKE = "update NOF_COUNT_LOCK set CHANGES = CHANGES + 1 where STRIPE = ?1";
    /** How many stripes people's changes are spread over; the row after the last is the makers'. */
    static final int STRIPES = 256;
    private static final String ADD = "update NOF_COUNT set PEOPLE = PEOPLE + ?, OUTCOMES = OUTCOMES + ? where ROW_ID = ?";
    private static final String NEW = "insert into NOF_COUNT (ROW_ID, KIND, GRP, FILTER_KEY, BDIM, BVAL, PEOPLE,"
            + " OUTCOMES) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ADD_DAY = "update NOF_FACT_DAY set FACTS = FACTS + ? where ROW_ID = ?";
    private static final String NEW_DAY = "insert into NOF_FACT_DAY (ROW_ID, RECORDED_ON, AGENCY, PERIOD_MONTH,"
            + " PERIOD_QUARTER, PERIOD_YEAR, FACTS) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String DAYS = "select RECORDED_ON, AGENCY, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR,"
            + " count(*) from NOF_FACT where STATE = 'live'%s group by RECORDED_ON, AGENCY, PERIOD_MONTH,"
            + " PERIOD_QUARTER, PERIOD_YEAR";
    private static final String DAYS_OF_PERSON = String.format(DAYS, " and PERSON_KEY = ?");
    private static final int BATCH = 500;

    private Counts() {
    }

    /** One cell of the counts. */
    record Cell(String kind, String group, String filter, String breakdown, String value) {

        String id() {
            return String.join("|", kind, group, filter, breakdown, value);
        }
    }

    /** A day and agency the live facts hold, with the day's periods. */
    record Day(Date day, String agency, String month, String quarter, String year) {

        String id() {
            return day + "|" + agency;
        }
    }

    /** Runs a change to one person's facts or tags, then moves the counts by what it changed. */
    static void around(EntityManager em, String personKey, Runnable change) {
        Connection c = lock(em, personKey);
        Map<Cell, Integer> before = person(c, em, personKey);
        Map<Day, Long> daysBefore = sql(() -> days(c, personKey));
        change.run();
        em.flush();
        Map<Cell, Integer> after = person(c, em, personKey);
        Map<Day, Long> dayMoves = sql(() -> days(c, personKey));
        daysBefore.forEach((day, n) -> dayMoves.merge(day, -n, Long::sum));
        dayMoves.values().removeIf(n -> n == 0);
        Map<Cell, long[]> moves = new LinkedHashMap<>();
        Set<Cell> touched = new HashSet<>(before.keySet());
        touched.addAll(after.keySet());
        for (Cell cell : touched) {
            int was = before.getOrDefault(cell, 0);
            int is = after.getOrDefault(cell, 0);
            long people = (is > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
            if (people != 0 || is != was) {
                moves.put(cell, new long[] {people, is - was});
            }
        }
        List<Cell> cells = new ArrayList<>(moves.keySet());
        cells.sort(Comparator.comparing(Cell::id));
        List<Day> days = new ArrayList<>(dayMoves.keySet());
        days.sort(Comparator.comparing(Day::id));
        List<String> cellIds = cells.stream().map(Cell::id).toList();
        List<String> dayIds = days.stream().map(Day::id).toList();
        if (sql(() -> existing(c, "NOF_COUNT", cellIds) + existing(c, "NOF_FACT_DAY", dayIds))
                < cells.size() + days.size()) {
            // before any cell is locked, so whoever holds the makers' row never waits for one who waits for it
            take(em, STRIPES);
        }
        List<Cell> fresh = sql(() -> missing(c, ADD, cells, (cell, ps) -> {
            long[] n = moves.get(cell);
            ps.setLong(1, n[0]);
            ps.setLong(2, n[1]);
            ps.setString(3, cell.id());
        }));
        sql(() -> insert(c, fresh, moves));
        List<Day> newDays = sql(() -> missing(c, ADD_DAY, days, (day, ps) -> {
            ps.setLong(1, dayMoves.get(day));
            ps.setString(2, day.id());
        }));
        sql(() -> insertDays(c, newDays, dayMoves));
    }

    /** Counts every cell again from the facts and tags, with every change to the counts held off meanwhile. */
    static int recount(EntityManager em) {
        Connection c = hold(em);
        em.createNativeQuery("delete from NOF_COUNT").executeUpdate();
        em.createNativeQuery("delete from NOF_FACT_DAY").executeUpdate();
        Map<Cell, long[]> all = counted(c, personalised(em), EVERYONE, List.of());
        sql(() -> insert(c, new ArrayList<>(all.keySet()), all));
        Map<Day, Long> days = sql(() -> days(c, null));
        sql(() -> insertDays(c, new ArrayList<>(days.keySet()), days));
        return all.size();
    }

    /** Counts one personalised statement's cells again (its codes changed), reading only the tags it gathers. */
    static void recount(EntityManager em, String statementId) {
        Connection c = hold(em);
        em.createNativeQuery("delete from NOF_COUNT where KIND = 'personalised' and GRP = ?1")
                .setParameter(1, statementId).executeUpdate();
        Map<String, List<String>> personalised = personalised(em);
        List<String> codes = personalised.entrySet().stream().filter(e -> e.getValue().contains(statementId))
                .map(Map.Entry::getKey).toList();
        if (codes.isEmpty()) {
            return;
        }
        String in = " in (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";
        List<String> params = new ArrayList<>(codes);
        params.addAll(codes);
        params.addAll(codes);
        Map<Cell, long[]> cells = counted(c, personalised, String.format(TAGGED, JpaNofReports.HASH_JOIN)
                + " and (m.CODE" + in + " or m.PARENT_CODE" + in + " or m.DOMAIN_CODE" + in + ")" + BY_PERSON, params);
        cells.keySet().removeIf(cell -> !cell.kind().equals("personalised") || !cell.group().equals(statementId));
        sql(() -> insert(c, new ArrayList<>(cells.keySet()), cells));
    }

    /** Holds off every change to the counts until this transaction ends. */
    private static Connection hold(EntityManager em) {
        em.flush();
        em.createNativeQuery("lock table NOF_COUNT_LOCK in exclusive mode").executeUpdate();
        return connection(em);
    }

    /** The cells of the tagged outcomes a query reads, person by person. */
    private static Map<Cell, long[]> counted(Connection c, Map<String, List<String>> personalised, String query,
                                             List<String> params) {
        return sql(() -> {
            Map<Cell, long[]> all = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(query)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    Tagged tagged = new Tagged(personalised);
                    String person = null;
                    while (rs.next()) {
                        if (person != null && !person.equals(rs.getString(1))) {
                            tagged.into(all);
                            tagged = new Tagged(personalised);
                        }
                        person = rs.getString(1);
                        tagged.row(rs);
                    }
                    tagged.into(all);
                }
            }
            return all;
        });
    }

    /** The cells of one cut under one filter and breakdown: group and value to people and outcomes. */
    static Map<List<String>, long[]> read(EntityManager em, String kind, String filter, String breakdown) {
        Map<List<String>, long[]> cells = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select GRP, BVAL, PEOPLE, OUTCOMES from NOF_COUNT"
                        + " where KIND = ?1 and FILTER_KEY = ?2 and BDIM = ?3")
                .setParameter(1, kind).setParameter(2, filter).setParameter(3, breakdown).getResultList();
        for (Object[] r : rows) {
            cells.put(List.of((String) r[0], (String) r[1]),
                    new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()});
        }
        return cells;
    }

    /** Whether no cell is counted yet, or no day (counted before the days were kept). */
    static boolean none(EntityManager em) {
        return em.createNativeQuery("select ROW_ID from NOF_COUNT").setMaxResults(1).getResultList().isEmpty()
                || em.createNativeQuery("select ROW_ID from NOF_FACT_DAY").setMaxResults(1).getResultList().isEmpty();
    }

    /** Makes the lock rows, once. */
    static void prepare(EntityManager em) {
        Number made = (Number) em.createNativeQuery("select count(*) from NOF_COUNT_LOCK").getSingleResult();
        for (int stripe = made.intValue(); stripe <= STRIPES; stripe++) {
            em.createNativeQuery("insert into NOF_COUNT_LOCK (STRIPE, CHANGES) values (?1, 0)").setParameter(1, stripe)
                    .executeUpdate();
        }
    }

    /** Takes the person's stripe, which holds the next change to their counts until this one commits. */
    private static Connection lock(EntityManager em, String personKey) {
        take(em, Math.floorMod(personKey.hashCode(), STRIPES));
        return connection(em);
    }

    private static void take(EntityManager em, int stripe) {
        if (em.createNativeQuery(TAKE).setParameter(1, stripe).executeUpdate() == 0) {
            throw new IllegalStateException("The report counts' lock rows are missing: start the nof bundle first");
        }
    }

    /** The transaction's own connection (it has begun: a write came first), for batches and a streamed read. */
    private static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("The counts are changed only inside a transaction that has written");
        }
        return c;
    }

    private static Map<Cell, Integer> person(Connection c, EntityManager em, String personKey) {
        Map<Cell, long[]> cells = new HashMap<>();
        sql(() -> {
            try (PreparedStatement ps = c.prepareStatement(OF_PERSON)) {
                ps.setString(1, personKey);
                try (ResultSet rs = ps.executeQuery()) {
                    Tagged tagged = new Tagged(personalised(em));
                    while (rs.next()) {
                        tagged.row(rs);
                    }
                    tagged.into(cells);
                }
            }
            return null;
        });
        Map<Cell, Integer> outcomes = new HashMap<>();
        cells.forEach((cell, n) -> outcomes.put(cell, (int) n[1]));
        return outcomes;
    }

    /** Which personalised statements gather each NOF code (a statement, its parent or its domain). */
    static Map<String, List<String>> personalised(EntityManager em) {
        Map<String, List<String>> byCode = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select CODE, STATEMENT_ID from NOF_PERSONALISED_CODE").getResultList();
        rows.forEach(r -> byCode.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return byCode;
    }

    /** A person's live facts (everyone's when {@code null}), by day and agency. */
    private static Map<Day, Long> days(Connection c, String personKey) throws SQLException {
        Map<Day, Long> days = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(personKey == null ? String.format(DAYS, "") : DAYS_OF_PERSON)) {
            if (personKey != null) {
                ps.setString(1, personKey);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.put(new Day(rs.getDate(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                            rs.getLong(6));
                }
            }
        }
        return days;
    }

    /** The personalised statements that gather a tag: by its statement, the statement's parent or its domain. */
    static Set<String> gathering(Map<String, List<String>> personalised, String code, String parent, String domain) {
        Set<String> statements = new HashSet<>();
        for (String gathered : parent == null ? List.of(code, domain) : List.of(code, parent, domain)) {
            statements.addAll(personalised.getOrDefault(gathered, List.of()));
        }
        return statements;
    }

    /** How many of the rows exist (none is deleted but by a recount, which no change runs beside). */
    private static int existing(Connection c, String table, List<String> ids) throws SQLException {
        int found = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where ROW_ID in ("
                    + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    found += rs.getInt(1);
                }
            }
        }
        return found;
    }

    /** Moves the rows that exist, in the order given; answers the rows that do not. */
    private static <T> List<T> missing(Connection c, String move, List<T> rows, Binder<T> binder) throws SQLException {
        List<T> fresh = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement(move)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                for (T row : batch) {
                    binder.bind(row, update);
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                for (int i = 0; i < updated.length; i++) {
                    if (updated[i] == 0) {
                        fresh.add(batch.get(i));
                    }
                }
            }
        }
        return fresh;
    }

    private static Void insert(Connection c, List<Cell> cells, Map<Cell, long[]> counts) throws SQLException {
        return insert(c, NEW, cells, (cell, insert) -> {
            long[] n = counts.get(cell);
            insert.setString(1, cell.id());
            insert.setString(2, cell.kind());
            insert.setString(3, cell.group());
            insert.setString(4, cell.filter());
            insert.setString(5, cell.breakdown());
            insert.setString(6, cell.value());
            insert.setLong(7, n[0]);
            insert.setLong(8, n[1]);
        });
    }

    private static Void insertDays(Connection c, List<Day> days, Map<Day, Long> facts) throws SQLException {
        return insert(c, NEW_DAY, days, (day, insert) -> {
            insert.setString(1, day.id());
            insert.setDate(2, day.day());
            insert.setString(3, day.agency());
            insert.setString(4, day.month());
            insert.setString(5, day.quarter());
            insert.setString(6, day.year());
            insert.setLong(7, facts.get(day));
        });
    }

    private static <T> Void insert(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(row, insert);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return null;
    }

    /** Sets one row's parameters on a statement. */
    private interface Binder<T> {
        void bind(T row, PreparedStatement ps) throws SQLException;
    }

    /**
     * One person's live tagged outcomes, read row by row (one row per tag, ordered by outcome), and the cells
     * each outcome is counted in: every group its tags put it in, under no filter or one, by no breakdown or one.
     */
    private static final class Tagged {

        private final Map<String, List<String>> personalised;
        private final Map<Cell, Integer> outcomes = new HashMap<>();
        /** The current outcome's groups, as kind and group, gathered from each of its tags. */
        private final Set<List<String>> groups = new HashSet<>();
        private String outcome;
        private List<String> filters;
        private String[][] breakdowns;

        Tagged(Map<String, List<String>> personalised) {
            this.personalised = personalised;
        }

        void row(ResultSet rs) throws SQLException {
            if (!rs.getString(2).equals(outcome)) {
                close();
                outcome = rs.getString(2);
                String agency = rs.getString(3);
                String type = rs.getString(4);
                String result = rs.getString(5);
                filters = filters(agency, type, result);
                breakdowns = new String[][] {{"", ""}, {"agency", agency}, {"type", type}, {"reviewResult", result},
                    {"month", rs.getString(6)}, {"quarter", rs.getString(7)}, {"year", rs.getString(8)}};
                groups.add(List.of(TOTAL, ""));
            }
            String code = rs.getString(9);
            String parent = rs.getString(10);
            String domain = rs.getString(11);
            groups.add(List.of("domain", domain));
            groups.add(List.of("statement", code));
            gathering(personalised, code, parent, domain).forEach(s -> groups.add(List.of("personalised", s)));
        }

        /** Adds the person's cells: one person to each, and how many of their outcomes it holds. */
        void into(Map<Cell, long[]> cells) {
            close();
            outcomes.forEach((cell, n) -> {
                long[] counted = cells.computeIfAbsent(cell, k -> new long[2]);
                counted[0]++;
                counted[1] += n;
            });
        }

        /** The outcome read counts once in every cell of each of its groups. */
        private void close() {
            for (List<String> g : groups) {
                for (String filter : filters) {
                    for (String[] b : breakdowns) {
                        outcomes.merge(new Cell(g.get(0), g.get(1), filter, b[0], b[1]), 1, Integer::sum);
                    }
                }
            }
            groups.clear();
        }
    }

    /** The filters an outcome is counted under: none, any one, any two or all three of its own values. */
    private static List<String> filters(String agency, String type, String result) {
        List<String> filters = new ArrayList<>();
        for (int mask = 0; mask < 8; mask++) {
            filters.add(filter((mask & 1) == 0 ? null : agency, (mask & 2) == 0 ? null : type,
                    (mask & 4) == 0 ? null : result));
        }
        return filters;
    }

    /** A filter's key: the values given, such as {@code agency=a&type=t}, empty for none. */
    static String filter(String agency, String type, String result) {
        StringBuilder filter = new StringBuilder();
        String[][] given = {{"agency", agency}, {"type", type}, {"reviewResult", result}};
        for (String[] g : given) {
            if (g[1] != null && !g[1].isBlank()) {
                filter.append(filter.length() == 0 ? "" : "&").append(g[0]).append('=').append(g[1]);
            }
        }
        return filter.toString();
    }

    /** JDBC work whose failure is a failure of the transaction around it. */
    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("The report counts could not be changed", e);
        }
    }
}
