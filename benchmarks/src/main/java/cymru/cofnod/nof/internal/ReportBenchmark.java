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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The commissioners' reports over 50,000 people and 250,000 outcomes, each breakdown with and without a range of days,
 * on the same database: each timed as Cofnod answers it now, and the slow parts as it answered them before (a range
 * of days grouped by the database from every fact, checked to give the same report; the values of an agency or period
 * breakdown listed from every fact), with {@code -Dsql=true} each also checked against a hand-written SQL GROUP BY.
 * The facts and tags are written with plain JDBC batches, as the listener would have left them, once per database: a
 * later run finds them and reuses them. Then what the counts cost a write. Started by
 * {@link cymru.cofnod.benchmarks.NofReportBenchmark}.
 */
public final class ReportBenchmark {

    static final int PEOPLE = 50_000;
    static final int OUTCOMES_EACH = 5;
    static final int WARM_UP = Integer.getInteger("warmUp", 1);
    static final int RUNS = Integer.getInteger("runs", 3);
    static final int WRITES = 500;
    static final boolean SQL = Boolean.getBoolean("sql");
    /** {@code -Dreports=false} times only the writes. */
    static final boolean REPORTS = Boolean.parseBoolean(System.getProperty("reports", "true"));
    /** The reports over a range of days also timed grouped from every fact, as before (each takes long at this size). */
    static final Set<String> BEFORE = Set.of("domain, range of days", "domain by agency, range of days",
            "personalised by agency, range of days");
    static final String[] AGENCIES = {"cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare"};
    static final String[] TYPES = {"change", "maintenance", "process"};
    static final String[] RESULTS = {"none", "achieved", "partly", "not-yet", "changed", "no-longer-wanted"};
    static final Requester COMMISSIONER =
            new Requester("commissioner", "cardiff-council", Role.COMMISSIONER, Purpose.COMMISSIONING);
    static final LocalDate FROM = LocalDate.of(2025, 3, 14);
    static final LocalDate TO = LocalDate.of(2026, 2, 9);

    private static final Map<String, String> CUT = Map.of("domain", "m.DOMAIN_CODE", "statement", "m.CODE",
            "personalised", "pc.STATEMENT_ID");
    private static final Map<String, String> BY = Map.of("agency", "f.AGENCY", "type", "f.OUTCOME_TYPE",
            "reviewResult", "f.REVIEW_RESULT", "month", "f.PERIOD_MONTH", "quarter", "f.PERIOD_QUARTER",
            "year", "f.PERIOD_YEAR");

    private ReportBenchmark() {
    }

    /** The reports a commissioner can ask for: each cut, each breakdown, with and without a range of days. */
    private static Map<String, ReportQuery> reports() {
        Map<String, ReportQuery> reports = new LinkedHashMap<>();
        for (boolean range : new boolean[] {false, true}) {
            String days = range ? ", range of days" : "";
            LocalDate from = range ? FROM : null;
            LocalDate to = range ? TO : null;
            reports.put("domain" + days, new ReportQuery("domain", null, null, from, to, null, null, null, null));
            for (String by : List.of("agency", "type", "reviewResult")) {
                reports.put("domain by " + by + days, new ReportQuery("domain", by, null, from, to, null, null, null,
                        null));
            }
            for (String period : List.of("month", "quarter", "year")) {
                reports.put("domain by " + period + days, new ReportQuery("domain", "period", period, from, to, null,
                        null, null, null));
            }
            reports.put("statement" + days, new ReportQuery("statement", null, null, from, to, null, null, null, null));
            reports.put("personalised by agency" + days, new ReportQuery("personalised", "agency", null, from, to,
                    null, null, null, null));
            reports.put("domain by type, 2 filters" + days, new ReportQuery("domain", "type", null, from, to,
                    AGENCIES[0], null, "achieved", null));
        }
        return reports;
    }

    public static void run(DerbyUnit unit, String database) throws SQLException {
        JpaNofCatalogue catalogue = new JpaNofCatalogue(unit.jpa());
        JpaCommissioningStatements personalised = new JpaCommissioningStatements(unit.jpa(), catalogue);
        if (personalised.list(null).isEmpty()) {
            personalised.create(COMMISSIONER, new PersonalisedStatement(null, null, null,
                    "People can get to the places that matter to them", null, null, null, List.of("WB04.2", "WB02.1"),
                    null, null));
            personalised.create(COMMISSIONER, new PersonalisedStatement(null, null, null, "People feel safe at home",
                    null, null, null, List.of("WB03", "WB08"), null, null));
        }
        JpaNofReports reports = new JpaNofReports(unit.jpa(), catalogue, personalised, null);

        long facts = unit.jpa().txExpr(TransactionType.Required, em -> ((Number) em.createNativeQuery(
                "select count(*) from NOF_FACT").getSingleResult()).longValue());
        if (facts == 0) {
            long loadStart = System.nanoTime();
            int tags = load(unit, catalogue.statements(StatementFilter.all()));
            System.out.printf("loaded %,d people, %,d outcomes, %,d NOF tags in %.1f s%n", PEOPLE,
                    PEOPLE * OUTCOMES_EACH, tags, (System.nanoTime() - loadStart) / 1e9);
        } else {
            System.out.printf("reusing the %,d facts loaded by an earlier run%n", facts);
        }
        unit.jpa().tx(TransactionType.Required, Counts::prepare);
        if (Boolean.getBoolean("recount") || unit.jpa().txExpr(TransactionType.Required, Counts::none)) {
            long countStart = System.nanoTime();
            int cells = unit.jpa().txExpr(TransactionType.Required, em -> Counts.recount(em));
            System.out.printf("counted %,d report cells from the facts and tags in %.1f s%n", cells,
                    (System.nanoTime() - countStart) / 1e9);
        }

        if (REPORTS) {
            reports(unit, reports, database);
        }
        writes(unit);
    }

    private static void reports(DerbyUnit unit, JpaNofReports reports, String database) {
        for (String column : List.of("AGENCY", "PERIOD_QUARTER")) {
            long t0 = System.nanoTime();
            unit.jpa().txExpr(TransactionType.Required, em -> em.createNativeQuery("select distinct " + column
                    + " from NOF_FACT f where f.STATE = 'live' order by 1").getResultList());
            System.out.printf("before: listing %s from every fact took %.0f ms (what each agency or period breakdown"
                    + " paid)%n", column, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("%s, median of %d after %d warm-up%n%-42s %12s %12s %10s%n", database, RUNS, WARM_UP,
                "report", "now (ms)", "before (ms)", "SQL (ms)");
        reports().forEach((name, query) -> compare(unit, reports, name, query));
    }

    /**
     * What the counts cost a write at this size: a new outcome's fact for a person already counted (untagged, as
     * outcomes arrive) and a tag on one of their outcomes, each in its own transaction as the listener and the
     * tags write them, against the same fact written without the counts. Every change is taken away again after,
     * with the counts moved back, so the next run finds the same people.
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
        unit.jpa().tx(TransactionType.Required, em -> plain.forEach(id -> forget(em, id)));
        for (int n = 0; n < keys.size(); n++) {
            String outcome = counted.get(n);
            String key = keys.get(n);
            unit.jpa().tx(TransactionType.Required, em -> Counts.around(em, key, () -> forget(em, outcome)));
        }
    }

    /** Takes an outcome written by the benchmark out of the facts and tags. */
    private static void forget(EntityManager em, String outcome) {
        em.createNativeQuery("delete from NOF_MAPPING where OUTCOME_ID = ?1").setParameter(1, outcome).executeUpdate();
        em.createNativeQuery("delete from NOF_FACT where OUTCOME_ID = ?1").setParameter(1, outcome).executeUpdate();
    }

    private static String fact(EntityManager em, String personKey, LocalDate on) {
        String id = UUID.randomUUID().toString();
        FactRow fact = new FactRow(id, personKey, AGENCIES[0]);
        fact.update(1, FactRow.LIVE, TYPES[0], "active", on);
        em.persist(fact);
        return id;
    }

    /**
     * Times one report as Cofnod answers it; for some, once as it answered them before, checking both give the same
     * report; with {@code -Dsql=true}, the hand-written SQL once, checking it gives the same numbers.
     */
    private static void compare(DerbyUnit unit, JpaNofReports reports, String name, ReportQuery query) {
        for (int i = 0; i < WARM_UP; i++) {
            reports.byDomain(COMMISSIONER, query);
        }
        long[] ours = new long[RUNS];
        Report report = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            report = reports.byDomain(COMMISSIONER, query);
            ours[i] = System.nanoTime() - t0;
        }
        String before = "";
        if (BEFORE.contains(name)) {
            long t0 = System.nanoTime();
            Report grouped = reports.byDomain(COMMISSIONER, query, false);
            before = String.format("%.0f", (System.nanoTime() - t0) / 1e6);
            if (!grouped.rows().equals(report.rows()) || !grouped.total().equals(report.total())) {
                throw new IllegalStateException(name + ": the report differs from the one grouped from every fact");
            }
        }
        String sql = "";
        if (SQL) {
            long t0 = System.nanoTime();
            Map<String, long[]> counts = handWritten(unit, query);
            sql = String.format("%.0f", (System.nanoTime() - t0) / 1e6);
            sameNumbers(report, counts);
        }
        System.out.printf("%-42s %12.1f %12s %10s%n", name, median(ours) / 1e6, before, sql);
    }

    /** The plain SQL a DBA would write for the same tables: one GROUP BY for the cells and one for the total. */
    static Map<String, long[]> handWritten(DerbyUnit unit, ReportQuery q) {
        Map<String, long[]> counts = new HashMap<>();
        String breakdown = q.by() == null ? null : BY.get("period".equals(q.by()) ? q.period() : q.by());
        String key = breakdown == null ? "g" : "g || '|' || b";
        StringBuilder where = new StringBuilder(" where f.STATE = 'live'");
        List<Object> params = new ArrayList<>();
        String[][] equal = {{"f.AGENCY", q.agency()}, {"f.OUTCOME_TYPE", q.type()}, {"f.REVIEW_RESULT", q.reviewResult()}};
        for (String[] e : equal) {
            if (e[1] != null) {
                where.append(" and ").append(e[0]).append(" = ?");
                params.add(e[1]);
            }
        }
        if (q.from() != null) {
            where.append(" and f.RECORDED_ON between ? and ?");
            params.add(Date.valueOf(q.from()));
            params.add(Date.valueOf(q.to()));
        }
        String join = " from NOF_FACT f join NOF_MAPPING m" + JpaNofReports.HASH_JOIN
                + " on m.OUTCOME_ID = f.OUTCOME_ID and m.STATE = 'live'";
        String cutJoin = "personalised".equals(q.cut()) ? " join NOF_PERSONALISED_CODE pc on (pc.CODE = m.CODE"
                + " or pc.CODE = m.PARENT_CODE or pc.CODE = m.DOMAIN_CODE)" : "";
        unit.jdbc(c -> {
            query(c, "select " + key + ", count(distinct p), count(*) from (select distinct " + CUT.get(q.cut()) + " as g"
                    + (breakdown == null ? "" : ", " + breakdown + " as b") + ", f.OUTCOME_ID as o, f.PERSON_KEY as p"
                    + join + cutJoin + where + ") t group by g" + (breakdown == null ? "" : ", b"), params, counts);
            query(c, "select 'total', count(distinct p), count(*) from (select distinct f.OUTCOME_ID as o, "
                    + "f.PERSON_KEY as p" + join + where + ") t", params, counts);
        });
        return counts;
    }

    private static void query(Connection c, String sql, List<Object> params, Map<String, long[]> into) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sameNumbers(Report report, Map<String, long[]> counts) {
        for (ReportRow r : report.rows()) {
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
