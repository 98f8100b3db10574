package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.RecordNotFoundException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.nof.api.NofMapping;
import cymru.cofnod.nof.api.PersonalisedStatement;
import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Review;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

/**
 * The counts kept change by change (cells and days) equal the counts of a full rebuild, and every report read from
 * them, or counted over a range of days, equals the report grouped from every fact, after a random run of writes, new
 * versions, withdrawals, reviews, tags and untags, a personalised statement revised and consent given and withdrawn
 * (several seeds).
 */
public class CountsTest {

    private static final List<String> CODES = List.of("WB01.1", "WB02.1", "WB02.2", "WB03.1", "WB04.2", "WB07.3", "WB08.1");
    private static final List<String> TYPES = List.of("change", "maintenance", "process");
    private static final List<String> RESULTS = List.of("achieved", "partly", "not-yet", "changed");
    private static final Instant START = Instant.parse("2025-11-20T09:00:00Z");
    private static final int PEOPLE = 7;
    private static final int STEPS = 90;
    private static final Map<String, String> BREAKDOWN_COLUMNS = Map.of("agency", "AGENCY", "month", "PERIOD_MONTH",
            "quarter", "PERIOD_QUARTER", "year", "PERIOD_YEAR");
    private static final LocalDate DAY_ONE = LocalDate.ofInstant(START, ZoneOffset.UTC);

    @Test
    public void incrementalCountsEqualARebuildAndReportsEqualTheGroupedOnes() {
        for (long seed : new long[] {1, 7, 2026}) {
            try (Nof nof = new Nof()) {
                new Run(nof, new Random(seed)).run();
                Map<String, String> incremental = counts(nof);
                assertFalse("seed " + seed + " counted nothing", incremental.isEmpty());
                sameReports(nof, seed, null, null);
                Random days = new Random(seed);
                for (int range = 0; range < 3; range++) {
                    LocalDate from = DAY_ONE.plusDays(days.nextInt(400));
                    sameReports(nof, seed, from, from.plusDays(days.nextInt(200)));
                }
                sameReports(nof, seed, DAY_ONE, null);
                assertEquals(nof.facts.count(Nof.ADMIN), nof.facts.rebuild(Nof.ADMIN));
                assertEquals("seed " + seed, incremental, counts(nof));
            }
        }
    }

    @Test
    public void aTagMovesTheCountsAndItsRemovalMovesThemBack() {
        try (Nof nof = new Nof()) {
            String person = nof.person("Nia");
            Outcome walk = nof.outcome(Nof.SOCIAL_WORKER, person, "walk to the shop", "change", START);
            Map<String, String> untagged = counts(nof);
            assertEquals("1 2025-11-20 cardiff-council 2025-11 2025-Q4 2025", untagged.get("day 2025-11-20|cardiff-council"));
            nof.mappings.map(Nof.SOCIAL_WORKER, person, walk.id(), List.of("WB02.1"));
            Map<String, String> tagged = counts(nof);
            assertNotEquals(untagged, tagged);
            assertEquals("1 1", tagged.get(new Counts.Cell("domain", "WB02", "agency=cardiff-council", "type",
                    "change").id()));
            nof.mappings.unmap(Nof.SOCIAL_WORKER, person, walk.id(), "WB02.1");
            assertEquals(untagged, counts(nof));
        }
    }

    /**
     * Two writers at once, as two nodes would be (the tags have no lock in the JVM): they tag and untag the same
     * people's outcomes, making new cells and new people side by side, and the counts still equal a rebuild.
     */
    @Test
    public void twoWritersAtOnceLeaveTheCountsOfARebuild() throws Exception {
        try (Nof nof = new Nof()) {
            List<String[]> written = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                String person = nof.person("Person" + p);
                for (int o = 0; o < 3; o++) {
                    written.add(new String[] {person, nof.outcome(Nof.SOCIAL_WORKER, person, "walk to the shop",
                            TYPES.get(o), START.plus(o * 40L, ChronoUnit.DAYS)).id()});
                }
            }
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (long seed : new long[] {3, 4}) {
                    Random random = new Random(seed);
                    done.add(writers.submit(() -> {
                        for (int step = 0; step < 40; step++) {
                            String[] w = written.get(random.nextInt(written.size()));
                            String code = CODES.get(random.nextInt(CODES.size()));
                            if (random.nextInt(3) > 0) {
                                nof.mappings.map(Nof.SOCIAL_WORKER, w[0], w[1], List.of(code));
                            } else {
                                untag(nof, w, code);
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                writers.shutdown();
            }
            Map<String, String> incremental = counts(nof);
            assertFalse(incremental.isEmpty());
            nof.facts.rebuild(Nof.ADMIN);
            assertEquals(incremental, counts(nof));
        }
    }

    /** Removes a tag unless it is not there (or the other writer took it away first). */
    private static void untag(Nof nof, String[] written, String code) {
        try {
            nof.mappings.unmap(Nof.SOCIAL_WORKER, written[0], written[1], code);
        } catch (RecordNotFoundException notTagged) {
            // nothing to take away
        }
    }

    /**
     * Every cut, every combination of filters and every breakdown (all of them unfiltered, one other beside each
     * filter), from the counts (or counted over the range of days, if one is given) and grouped from the facts.
     */
    private static void sameReports(Nof nof, long seed, LocalDate from, LocalDate to) {
        List<String> bys = Arrays.asList(null, "agency", "type", "reviewResult", "month", "quarter", "year");
        String[][] filters = {{null, null, null}, {"cardiff-council", null, null}, {null, "change", null},
            {null, null, "none"}, {"gofal-da-homecare", "maintenance", null}, {"cardiff-council", null, "achieved"},
            {null, "process", "partly"}, {"cardiff-council", "change", "none"}};
        for (String cut : ReportQuery.CUTS) {
            for (int i = 0; i < filters.length; i++) {
                String[] f = filters[i];
                for (String by : i == 0 ? bys : Arrays.asList(null, bys.get(i % (bys.size() - 1) + 1))) {
                    boolean period = by != null && Set.of("month", "quarter", "year").contains(by);
                    ReportQuery q = new ReportQuery(cut, period ? "period" : by, period ? by : null, from, to, f[0],
                            f[1], f[2], null);
                    Report counted = nof.reports.byDomain(Nof.COMMISSIONER, q, true);
                    Report grouped = nof.reports.byDomain(Nof.COMMISSIONER, q, false);
                    String what = "seed " + seed + " " + q;
                    assertEquals(what, grouped.rows(), counted.rows());
                    assertEquals(what, grouped.total(), counted.total());
                    assertEquals(what, grouped.stories(), counted.stories());
                    if (by != null && BREAKDOWN_COLUMNS.containsKey(by)) {
                        assertEquals(what, listedByTheFacts(nof, BREAKDOWN_COLUMNS.get(by), from, to),
                                counted.rows().stream().map(ReportRow::breakdown).distinct().toList());
                    }
                }
            }
        }
    }

    /** The values of a breakdown column over the live facts (of the days given), as reports listed them before. */
    private static List<String> listedByTheFacts(Nof nof, String column, LocalDate from, LocalDate to) {
        List<String> values = new ArrayList<>();
        nof.unit.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("select distinct " + column + " from NOF_FACT"
                    + " where STATE = 'live' and RECORDED_ON >= ? and RECORDED_ON <= ? order by 1")) {
                ps.setDate(1, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from));
                ps.setDate(2, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }

    /** Every non-empty cell and day: its id to its people and outcomes, or its facts and periods. */
    private static Map<String, String> counts(Nof nof) {
        Map<String, String> counts = new TreeMap<>();
        nof.unit.jdbc(c -> {
            try (PreparedStatement cells = c.prepareStatement("select ROW_ID, PEOPLE, OUTCOMES from NOF_COUNT"
                    + " where PEOPLE <> 0 or OUTCOMES <> 0"); ResultSet rs = cells.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2) + " " + rs.getLong(3));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try (PreparedStatement days = c.prepareStatement("select ROW_ID, FACTS, RECORDED_ON, AGENCY, PERIOD_MONTH,"
                    + " PERIOD_QUARTER, PERIOD_YEAR from NOF_FACT_DAY where FACTS <> 0"); ResultSet rs = days.executeQuery()) {
                while (rs.next()) {
                    counts.put("day " + rs.getString(1), rs.getLong(2) + " " + rs.getDate(3) + " " + rs.getString(4)
                            + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return counts;
    }

    /** A random run of changes to the record, its tags, a personalised statement and consent. */
    private static final class Run {

        private final Nof nof;
        private final Random random;
        private final List<String> people = new ArrayList<>();
        private final List<Written> outcomes = new ArrayList<>();
        private final List<ConsentDirective> directives = new ArrayList<>();
        private PersonalisedStatement statement;

        /** An outcome written by one agency's practitioner. */
        private record Written(String person, Requester by, String id) {
        }

        Run(Nof nof, Random random) {
            this.nof = nof;
            this.random = random;
        }

        void run() {
            for (int i = 0; i < PEOPLE; i++) {
                people.add(nof.person("Person" + i));
            }
            statement = nof.personalised.create(Nof.COMMISSIONER, new PersonalisedStatement(null, null, null,
                    "People can get to the places that matter to them", null, null, null, List.of("WB04.2", "WB02"),
                    null, null));
            for (int step = 0; step < STEPS; step++) {
                int what = outcomes.isEmpty() ? 0 : random.nextInt(10);
                switch (what) {
                    case 0, 1 -> write();
                    case 2 -> revise();
                    case 3 -> withdraw();
                    case 4 -> review();
                    case 5, 6 -> tag();
                    case 7 -> untag();
                    case 8 -> consent();
                    default -> restate();
                }
            }
        }

        private void write() {
            String person = pick(people);
            Requester by = random.nextBoolean() ? Nof.SOCIAL_WORKER : Nof.HOME_CARER;
            outcomes.add(new Written(person, by, nof.outcome(by, person, "walk to the shop on " + random.nextInt(99),
                    pick(TYPES), day()).id()));
        }

        private void revise() {
            Written w = pick(outcomes);
            Outcome o = nof.outcomes.record().get(w.by(), w.person(), ItemKind.OUTCOME, w.id());
            nof.outcomes.record().revise(w.by(), w.person(), ItemKind.OUTCOME, o.id(), o.version(),
                    new Outcome(null, null, null, day(), null, o.ownWords() + " again", "en", pick(TYPES), null, null,
                            null, null, null, null));
        }

        private void withdraw() {
            Written w = pick(outcomes);
            nof.outcomes.record().withdraw(w.by(), w.person(), ItemKind.OUTCOME, w.id(), "recorded in error");
            outcomes.remove(w);
        }

        private void review() {
            Written w = pick(outcomes);
            nof.outcomes.record().add(w.by(), w.person(), ItemKind.REVIEW, new Review(null, null, null, day(), null,
                    List.of(new Review.OutcomeResult(w.id(), pick(RESULTS), "what was learnt")), null, null,
                    null));
        }

        private void tag() {
            Written w = pick(outcomes);
            List<String> codes = random.nextBoolean() ? List.of(pick(CODES)) : List.of(pick(CODES), pick(CODES));
            nof.mappings.map(w.by(), w.person(), w.id(), codes);
        }

        private void untag() {
            Written w = pick(outcomes);
            List<NofMapping> tags = nof.mappings.mappings(w.by(), w.person(), w.id(), null);
            if (!tags.isEmpty()) {
                nof.mappings.unmap(w.by(), w.person(), w.id(), pick(tags).code());
            }
        }

        /** Gives a person's consent to commissioning, or withdraws one given. */
        private void consent() {
            if (!directives.isEmpty() && random.nextBoolean()) {
                nof.outcomes.consent().withdraw(Nof.SOCIAL_WORKER, directives.remove(0).id(), "changed their mind");
                return;
            }
            directives.add(nof.outcomes.consent().give(Nof.SOCIAL_WORKER, pick(people), new ConsentDirective(null, null,
                    new ConsentDirective.GivenBy("person", null, null, null),
                    new ConsentDirective.Grantee("agency", "cardiff-council", null, null, null), Set.of("commissioning"),
                    Set.of(RecordCategory.OUTCOMES_AND_PLANS), null, null, null, "verbal", null, null, null, null,
                    null)));
        }

        /** The personalised statement gathers other codes. */
        private void restate() {
            statement = nof.personalised.revise(Nof.COMMISSIONER, statement.id(), statement.version(),
                    new PersonalisedStatement(null, null, null, statement.textEn(), null, null, null,
                            random.nextBoolean() ? List.of("WB04.2", "WB02") : List.of(pick(CODES), "WB07A", "WB08"), null,
                            null));
        }

        private Instant day() {
            return START.plus(random.nextInt(500), ChronoUnit.DAYS);
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
