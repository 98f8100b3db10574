package cymru.cofnod.nof.internal;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.PersonalisedStatement;
import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.nof.api.ShownCount;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.testing.DerbyUnit;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The commissioners' report over 50,000 people and 250,000 outcomes on Derby, timed against a hand-written
 * SQL GROUP BY that gives the same numbers (the groups and the total), on the same database. The facts
 * and tags are written with plain JDBC batches, as the listener would have left them; what is timed is
 * only the report. Started by {@link cymru.cofnod.benchmarks.NofReportBenchmark}.
 */
public final class ReportBenchmark {

    static final int PEOPLE = 50_000;
    static final int OUTCOMES_EACH = 5;
    static final int WARM_UP = 1;
    static final int RUNS = 3;
    static final int WRITES = 500;
    static final String[] AGENCIES = {"cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare"};
    static final String[] TYPES = {"change", "maintenance", "process"};
    static final String[] RESULTS = {"none", "achieved", "partly", "not-yet", "changed", "no-longer-wanted"};
    static final Requester COMMISSIONER =
            new Requester("commissioner", "cardiff-council", Role.COMMISSIONER, Purpose.COMMISSIONING);

    private static final String JOIN = " from NOF_FACT f join NOF_MAPPING m" + JpaNofReports.HASH_JOIN + " on m.OUTCOME_ID = f.OUTCOME_ID"
            + " where f.STATE = 'live' and m.STATE = 'live'";

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        try (DerbyUnit unit = new DerbyUnit("cofnod-nof")) {
            JpaNofCatalogue catalogue = new JpaNofCatalogue(unit.jpa());
            JpaCommissioningStatements personalised = new JpaCommissioningStatements(unit.jpa(), catalogue);
            personalised.create(COMMISSIONER, new PersonalisedStatement(null, null, null,
                    "People can get to the places that matter to them", null, null, null, List.of("WB04.2", "WB02.1"),
                    null, null));
            personalised.create(COMMISSIONER, new PersonalisedStatement(null, null, null, "People feel safe at home",
                    null, null, null, List.of("WB03", "WB08"), null, null));
            JpaNofReports reports = new JpaNofReports(unit.jpa(), catalogue, personalised, null);

            long loadStart = System.nanoTime();
            int tags = load(unit, catalogue.statements(StatementFilter.all()));
            System.out.printf("loaded %,d people, %,d outcomes, %,d NOF tags in %.1f s%n", PEOPLE, PEOPLE * OUTCOMES_EACH,
                    tags, (System.nanoTime() - loadStart) / 1e9);

            unit.jpa().tx(TransactionType.Required, Counts::prepare);
            long countStart = System.nanoTime();
            int cells = unit.jpa().txExpr(TransactionType.Required, em -> Counts.recount(em));
            System.out.printf("counted %,d report cells from the facts and tags in %.1f s%n", cells,
                    (System.nanoTime() - countStart) / 1e9);

            System.out.printf("%-24s %14s %14s %10s %14s %13s%n", "report", "grouped (ms)", "counts (ms)", "SQL (ms)",
                    "grouped/SQL", "counts/SQL");
            compare(unit, reports, "by domain", ReportQuery.byDomain(), "m.DOMAIN_CODE", null);
            compare(unit, reports, "by domain and agency",
                    new ReportQuery("domain", "agency", null, null, null, null, null, null, null), "m.DOMAIN_CODE",
                    "f.AGENCY");
            writes(unit);
        }
    }

    /**
     * What the counts cost a write at this size: a new outcome's fact for a person already counted (untagged, as
     * outcomes arrive) and a tag on one of their outcomes, each in its own transaction as the listener and the
     * tags write them, against the same fact written without the counts.
     */
    private static void writes(DerbyUnit unit) {
        List<String> keys = unit.jpa().txExpr(TransactionType.Required, em -> em.createNativeQuery(
                "select distinct PERSON_KEY from NOF_FACT").setMaxResults(WRITES).getResultList());
        LocalDate on = LocalDate.of(2026, 9, 1);
        long t0 = System.nanoTime();
        List<String> plain = new ArrayList<>();
        for (String key : keys) {
            plain.add(unit.jpa().txExpr(TransactionType.Required, em -> fact(em, key, on)));
        }
        long t1 = System.nanoTime();
        List<String> counted = new ArrayList<>();
        for (String key : keys) {
            counted.add(unit.jpa().txExpr(TransactionType.Required, em -> {
                String[] id = new String[1];
                Counts.around(em, key, () -> id[0] = fact(em, key, on));
                return id[0];
            }));
        }
        long t2 = System.nanoTime();
        for (int n = 0; n < keys.size(); n++) {
            String outcome = counted.get(n);
            String key = keys.get(n);
            unit.jpa().tx(TransactionType.Required, em -> Counts.around(em, key,
                    () -> em.persist(new MappingRow(UUID.randomUUID().toString(), outcome, "WB02.1", "WB02", "WB02", 1,
                            "social-worker", AGENCIES[0], LocalDateTime.now()))));
        }
        long t3 = System.nanoTime();
        System.out.printf("write path, %d changes each, mean per change: new outcome's fact %.1f ms without counts, "
                + "%.1f ms with; a tag with counts %.1f ms%n", keys.size(), (t1 - t0) / 1e6 / keys.size(),
                (t2 - t1) / 1e6 / keys.size(), (t3 - t2) / 1e6 / keys.size());
    }

    private static String fact(EntityManager em, String personKey, LocalDate on) {
        String id = UUID.randomUUID().toString();
        FactRow fact = new FactRow(id, personKey, AGENCIES[0]);
        fact.update(1, FactRow.LIVE, TYPES[0], "active", on);
        em.persist(fact);
        return id;
    }

    /** Times the report grouped from the facts, from the counts and the SQL, checks all give the same numbers. */
    private static void compare(DerbyUnit unit, JpaNofReports reports, String name, ReportQuery query, String group,
                                String breakdown) {
        List<Supplier<Report>> paths = List.of(() -> reports.byDomain(COMMISSIONER, query, false),
                () -> reports.byDomain(COMMISSIONER, query));
        Supplier<Map<String, long[]>> sql = () -> handWritten(unit, group, breakdown);
        for (int i = 0; i < WARM_UP; i++) {
            paths.forEach(Supplier::get);
            sql.get();
        }
        long[][] ours = new long[2][RUNS];
        long[] theirs = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Report grouped = paths.get(0).get();
            long t1 = System.nanoTime();
            Report counted = paths.get(1).get();
            long t2 = System.nanoTime();
            Map<String, long[]> counts = sql.get();
            long t3 = System.nanoTime();
            ours[0][i] = t1 - t0;
            ours[1][i] = t2 - t1;
            theirs[i] = t3 - t2;
            sameNumbers(grouped, counts);
            sameNumbers(counted, counts);
        }
        double groupedMs = median(ours[0]) / 1e6;
        double countsMs = median(ours[1]) / 1e6;
        double theirsMs = median(theirs) / 1e6;
        System.out.printf("%-24s %14.0f %14.1f %10.0f %13.2fx %12.3fx%n", name, groupedMs, countsMs, theirsMs,
                groupedMs / theirsMs, countsMs / theirsMs);
    }

    /** The plain SQL a DBA would write for the same table: one GROUP BY for the cells and one for the total. */
    static Map<String, long[]> handWritten(DerbyUnit unit, String group, String breakdown) {
        Map<String, long[]> counts = new HashMap<>();
        String by = breakdown == null ? "" : ", " + breakdown;
        String key = breakdown == null ? "g" : "g || '|' || b";
        unit.jdbc(c -> {
            query(c, "select " + key + ", count(distinct p), count(*) from (select distinct " + group + " as g"
                    + (breakdown == null ? "" : by + " as b") + ", f.OUTCOME_ID as o, f.PERSON_KEY as p" + JOIN
                    + ") t group by g" + (breakdown == null ? "" : ", b"), counts);
            query(c, "select 'total', count(distinct p), count(*) from (select distinct f.OUTCOME_ID as o, "
                    + "f.PERSON_KEY as p" + JOIN + ") t", counts);
        });
        return counts;
    }

    private static void query(Connection c, String sql, Map<String, long[]> into) {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sameNumbers(Report report, Map<String, long[]> counts) {
        List<ReportRow> rows = new ArrayList<>(report.rows());
        for (ReportRow r : rows) {
            String key = r.breakdown() == null ? r.code() : r.code() + "|" + r.breakdown();
            long[] c = counts.getOrDefault(key, new long[2]);
            check(key, r.people(), c[0]);
            check(key, r.outcomes(), c[1]);
        }
        check("total", report.total().people(), counts.get("total")[0]);
        check("total", report.total().outcomes(), counts.get("total")[1]);
    }

    private static void check(String what, ShownCount shown, long counted) {
        if (!shown.equals(ShownCount.of(counted))) {
            throw new IllegalStateException(what + ": the report shows " + shown + " but SQL counts " + counted);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Facts and tags as the listener leaves them, in batches of 5,000 rows per commit. */
    private static int load(DerbyUnit unit, List<NofEntry> statements) throws SQLException {
        Random random = new Random(42);
        PersonKeys keys = new PersonKeys(PersonKeys.newSecret());
        LocalDate start = LocalDate.of(2025, 1, 1);
        int tags = 0;
        try (Connection c = unit.connection();
             PreparedStatement fact = c.prepareStatement("insert into NOF_FACT (OUTCOME_ID, OUTCOME_VERSION, PERSON_KEY,"
                     + " STATE, OUTCOME_TYPE, STATUS, AGENCY, RECORDED_ON, PERIOD_MONTH, PERIOD_QUARTER, PERIOD_YEAR,"
                     + " REVIEW_RESULT) values (?, 1, ?, 'live', ?, 'active', ?, ?, ?, ?, ?, ?)");
             PreparedStatement tag = c.prepareStatement("insert into NOF_MAPPING (ID, OUTCOME_ID, CODE, PARENT_CODE,"
                     + " DOMAIN_CODE, CATALOGUE_VERSION, STATE, MAPPED_BY, AGENCY, MAPPED_AT)"
                     + " values (?, ?, ?, ?, ?, 1, 'live', 'social-worker', ?, current_timestamp)")) {
            c.setAutoCommit(false);
            int rows = 0;
            for (int p = 0; p < PEOPLE; p++) {
                String personKey = keys.key(UUID.randomUUID().toString());
                for (int o = 0; o < OUTCOMES_EACH; o++) {
                    String outcome = UUID.randomUUID().toString();
                    String agency = AGENCIES[random.nextInt(AGENCIES.length)];
                    LocalDate on = start.plusDays(random.nextInt(670));
                    fact.setString(1, outcome);
                    fact.setString(2, personKey);
                    fact.setString(3, TYPES[random.nextInt(TYPES.length)]);
                    fact.setString(4, agency);
                    fact.setDate(5, Date.valueOf(on));
                    fact.setString(6, String.format("%04d-%02d", on.getYear(), on.getMonthValue()));
                    fact.setString(7, String.format("%04d-Q%d", on.getYear(), (on.getMonthValue() + 2) / 3));
                    fact.setString(8, String.valueOf(on.getYear()));
                    fact.setString(9, RESULTS[random.nextInt(RESULTS.length)]);
                    fact.addBatch();
                    int n = random.nextInt(3) == 0 ? 2 : 1;
                    for (int t = 0; t < n; t++) {
                        NofEntry s = statements.get(random.nextInt(statements.size()));
                        tag.setString(1, UUID.randomUUID().toString());
                        tag.setString(2, outcome);
                        tag.setString(3, s.code());
                        tag.setString(4, s.parent());
                        tag.setString(5, s.domain());
                        tag.setString(6, agency);
                        tag.addBatch();
                        tags++;
                        rows++;
                    }
                    if (++rows >= 4_000) {
                        fact.executeBatch();
                        tag.executeBatch();
                        c.commit();
                        rows = 0;
                    }
                }
            }
            fact.executeBatch();
            tag.executeBatch();
            c.commit();
        }
        return tags;
    }
}
