package cymru.cofnod.nof.internal;

import cymru.cofnod.consent.api.SharingPolicy;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.nof.api.CommissioningStatements;
import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.NofReports;
import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.nof.api.ShownCount;
import cymru.cofnod.nof.api.StatementFilter;
import cymru.cofnod.nof.api.Story;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.schema.api.MigratedSchema;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Reports read from the counts kept as the record changes ({@link Counts}), or over a range of days counted from the
 * facts of those days ({@link FactsInRange}), then every count shown by the {@link ShownCount} rule. Every group of
 * the cut is listed, counted or not, so that a missing row never tells what a suppressed one hides. The GROUP BY over
 * the facts and tags that reports once ran stays, as the answer the tests hold the others to.
 */
@Component(service = NofReports.class,
        reference = @Reference(name = "schema", service = MigratedSchema.class, target = "(cofnod.schema=cofnod-nof)"))
public class JpaNofReports implements NofReports {

    /** Columns the cut and breakdown group on: fixed names, never taken from the request. */
    private static final Map<String, String> CUT_COLUMNS = Map.of(
            "domain", "m.DOMAIN_CODE", "statement", "m.CODE", "personalised", "pc.STATEMENT_ID");
    private static final Map<String, String> BREAKDOWN_COLUMNS = Map.of(
            "agency", "f.AGENCY", "type", "f.OUTCOME_TYPE", "reviewResult", "f.REVIEW_RESULT",
            "month", "f.PERIOD_MONTH", "quarter", "f.PERIOD_QUARTER", "year", "f.PERIOD_YEAR");

    /**
     * Derby's optimiser otherwise probes the tags' index once per fact; a hash join reads each table once.
     * Other databases read it as a comment.
     */
    static final String HASH_JOIN = " --DERBY-PROPERTIES joinStrategy=HASH\n";
    static final int STORIES_PER_GROUP = 2;
    /** How many of a group's outcomes are asked about, at most, to find its stories. */
    static final int STORY_CANDIDATES = 50;

    @Reference(target = "(osgi.unit.name=cofnod-nof)")
    private JpaTemplate jpa;

    @Reference
    private NofCatalogue catalogue;

    @Reference
    private CommissioningStatements personalised;

    /** Consent decides whose words may stand beside the numbers; without it there are no stories. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SharingPolicy consent;

    public JpaNofReports() {
    }

    JpaNofReports(JpaTemplate jpa, NofCatalogue catalogue, CommissioningStatements personalised,
                  SharingPolicy consent) {
        this.jpa = jpa;
        this.catalogue = catalogue;
        this.personalised = personalised;
        this.consent = consent;
    }

    @Override
    public Report byDomain(Requester requester, ReportQuery q) {
        return byDomain(requester, q, true);
    }

    /**
     * The report from the counts kept as the record changes (over a range of days, from the facts of those days:
     * counted in memory on Derby, grouped by PostgreSQL), or grouped by the database from every fact: the same
     * numbers, the second far slower.
     */
    Report byDomain(Requester requester, ReportQuery q, boolean fromCounts) {
        Access.require(requester, "read commissioners' reports", Role.COMMISSIONER, Role.ADMINISTRATOR);
        validate(q);
        Map<String, Label> groups = groups(q);
        String by = q.by() == null ? null : "period".equals(q.by()) ? q.period() : q.by();
        String breakdown = by == null ? null : BREAKDOWN_COLUMNS.get(by);
        return jpa.txExpr(TransactionType.Required, em -> {
            Filters filters = filters(q);
            Map<List<String>, long[]> counted;
            long[] t;
            Map<List<String>, long[]> byGroup = null;
            if (fromCounts && filterKey(q) == null && FactsInRange.faster(em)) {
                FactsInRange.Counted inRange = FactsInRange.count(em, q.cut(), breakdown, filters.where, filters.params);
                counted = inRange.cells();
                byGroup = inRange.groups();
                t = inRange.total();
            } else if (fromCounts) {
                counted = Counts.read(em, q.cut(), filterKey(q), by == null ? "" : by);
                t = Counts.read(em, Counts.TOTAL, filterKey(q), "").getOrDefault(List.of("", ""), new long[2]);
            } else {
                counted = grouped(em, q, breakdown, filters);
                t = total(em, filters);
            }
            List<String> values = breakdown == null ? List.of("") : breakdownValues(em, q, breakdown);
            List<ReportRow> rows = new ArrayList<>();
            groups.forEach((code, label) -> values.forEach(b -> {
                long[] c = counted.getOrDefault(List.of(code, b), new long[2]);
                rows.add(new ReportRow(code, label.text(), label.language(), breakdown == null ? null : b, ShownCount.of(c[0]),
                        ShownCount.of(c[1])));
            }));
            ReportRow total = new ReportRow(null, "all NOF-tagged outcomes", "en", null,
                    ShownCount.of(t[0]), ShownCount.of(t[1]));
            Map<String, Long> people = new HashMap<>();
            if (requester.role() == Role.COMMISSIONER && consent != null) {
                (by == null ? counted : byGroup != null ? byGroup : fromCounts ? Counts.read(em, q.cut(), filterKey(q), "")
                        : grouped(em, q, null, filters)).forEach((key, c) -> people.put(key.get(0), c[0]));
            }
            return new Report(q.cut(), q.by(), q.period(), q, catalogue.currentVersion(), rows, total, Report.RULE,
                    stories(em, requester, q, groups.keySet(), people, filters), Instant.now());
        });
    }

    /**
     * The counts' filter for this query; {@code null} for a range of days, which the kept counts cannot answer:
     * people over a range of days are not the sum of any cells.
     */
    static String filterKey(ReportQuery q) {
        return q.from() != null || q.to() != null ? null : Counts.filter(q.agency(), q.type(), q.reviewResult());
    }

    /** People and outcomes of each group and breakdown value, grouped from the facts and tags. */
    private static Map<List<String>, long[]> grouped(EntityManager em, ReportQuery q, String breakdown, Filters filters) {
        Map<List<String>, long[]> counted = new HashMap<>();
        String inner = "select distinct " + CUT_COLUMNS.get(q.cut()) + " as g, " + (breakdown == null ? "''" : breakdown)
                + " as b, f.OUTCOME_ID as o, f.PERSON_KEY as p " + from(q) + filters.where;
        for (Object[] r : rows(em, "select g, b, count(*), count(distinct p) from (" + inner + ") x group by g, b",
                filters)) {
            counted.put(List.of(String.valueOf(r[0]), String.valueOf(r[1])),
                    new long[] {((Number) r[3]).longValue(), ((Number) r[2]).longValue()});
        }
        return counted;
    }

    /** People and outcomes with any tag, grouped from the facts and tags. */
    private static long[] total(EntityManager em, Filters filters) {
        Object[] t = rows(em, "select count(*), count(distinct p) from (select distinct f.OUTCOME_ID as o, "
                + "f.PERSON_KEY as p " + from(ReportQuery.byDomain()) + filters.where + ") x", filters).get(0);
        return new long[] {((Number) t[1]).longValue(), ((Number) t[0]).longValue()};
    }

    /**
     * Up to {@value #STORIES_PER_GROUP} stories beside each group of {@link ShownCount#THRESHOLD} people or
     * more, each from a different person whose consent covers commissioning that outcome.
     */
    private List<Story> stories(EntityManager em, Requester requester, ReportQuery q, Iterable<String> groups,
                                Map<String, Long> people, Filters filters) {
        SharingPolicy policy = consent;
        List<Story> stories = new ArrayList<>();
        if (policy == null || requester.role() != Role.COMMISSIONER) {
            return stories;
        }
        String cut = CUT_COLUMNS.get(q.cut());
        for (String group : groups) {
            if (people.getOrDefault(group, 0L) < ShownCount.THRESHOLD) {
                continue;
            }
            Filters inGroup = filters(q);
            inGroup.equal(cut, group);
            Query candidates = bind(em.createNativeQuery("select distinct s.OUTCOME_ID, s.PERSON_ID, s.WORDS, s.LANGUAGE "
                    + from(q) + " join NOF_STORY s on s.OUTCOME_ID = f.OUTCOME_ID" + inGroup.where
                    + " order by s.OUTCOME_ID"), inGroup).setMaxResults(STORY_CANDIDATES);
            Set<String> told = new HashSet<>();
            for (Object row : candidates.getResultList()) {
                Object[] r = (Object[]) row;
                String person = (String) r[1];
                if (told.size() < STORIES_PER_GROUP && !told.contains(person)
                        && policy.allowsStory(requester, person, (String) r[0])) {
                    told.add(person);
                    stories.add(new Story(group, (String) r[2], (String) r[3]));
                }
            }
        }
        return stories;
    }

    private static void validate(ReportQuery q) {
        new Validation().oneOf(q.cut(), ReportQuery.CUTS, "cut").oneOf(q.by(), ReportQuery.BREAKDOWNS, "by")
                .oneOf(q.period(), ReportQuery.PERIODS, "period")
                .oneOf(q.type(), Outcome.TYPES, "type")
                .oneOf(q.reviewResult(), reviewResults(), "reviewResult")
                .maxLength(q.agency(), 64, "agency")
                .require(q.from() == null || q.to() == null || !q.from().isAfter(q.to()), "from", "is after 'to'")
                .eventDate(q.from(), "from").eventDate(q.to(), "to")
                .orThrow();
    }

    private static List<String> reviewResults() {
        List<String> results = new ArrayList<>(new TreeSet<>(Review.RESULTS));
        results.add(ReportQuery.NOT_REVIEWED);
        return results;
    }

    /** A group's label and the language it is in: English while a Welsh one asked for is not written yet. */
    private record Label(String text, String language) {

        static Label of(String text, boolean welshPending, ReportQuery q) {
            return new Label(text, "cy".equals(q.language()) && !welshPending ? "cy" : "en");
        }
    }

    /** Every group of the cut, in the catalogue's order, with its label. */
    private Map<String, Label> groups(ReportQuery q) {
        Map<String, Label> groups = new LinkedHashMap<>();
        switch (q.cut()) {
            case "statement" -> catalogue.statements(new StatementFilter(null, null, null, null, q.language()))
                    .forEach(s -> groups.put(s.code(), Label.of(s.text(), s.welshPending(), q)));
            case "personalised" -> personalised.list(q.language()).forEach(p -> groups.put(p.id(),
                    Label.of(p.text(), Boolean.TRUE.equals(p.welshPending()), q)));
            default -> catalogue.domains(null, q.language()).stream().filter(d -> d.parent() == null)
                    .forEach((NofEntry d) -> groups.put(d.code(), Label.of(d.text(), d.welshPending(), q)));
        }
        return groups;
    }

    /**
     * The values a breakdown can take: fixed lists, or what the live facts hold (for agencies and periods), read from
     * their days ({@code NOF_FACT_DAY}, kept with the counts) rather than from every fact.
     */
    private static List<String> breakdownValues(EntityManager em, ReportQuery q, String column) {
        return switch (q.by()) {
            case "type" -> List.copyOf(new TreeSet<>(Outcome.TYPES));
            case "reviewResult" -> reviewResults();
            default -> {
                Filters range = new Filters(" where f.FACTS > 0");
                range.dates(q);
                List<String> values = new ArrayList<>();
                bind(em.createNativeQuery("select distinct " + column + " from NOF_FACT_DAY f" + range.where
                        + " order by 1"), range).getResultList().forEach(v -> values.add(String.valueOf(v)));
                yield values;
            }
        };
    }

    private static String from(ReportQuery q) {
        return "from NOF_FACT f join NOF_MAPPING m" + HASH_JOIN + " on m.OUTCOME_ID = f.OUTCOME_ID and m.STATE = 'live'"
                + ("personalised".equals(q.cut())
                ? " join NOF_PERSONALISED_CODE pc on (pc.CODE = m.CODE or pc.CODE = m.PARENT_CODE or pc.CODE = m.DOMAIN_CODE)"
                : "");
    }

    private static List<Object[]> rows(EntityManager em, String sql, Filters filters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), filters).getResultList();
        return rows;
    }

    private static Query bind(Query query, Filters filters) {
        for (int i = 0; i < filters.params.size(); i++) {
            query.setParameter(i + 1, filters.params.get(i));
        }
        return query;
    }

    private static Filters filters(ReportQuery q) {
        Filters f = new Filters(" where f.STATE = 'live'");
        f.dates(q);
        f.equal("f.AGENCY", q.agency());
        f.equal("f.OUTCOME_TYPE", q.type());
        f.equal("f.REVIEW_RESULT", q.reviewResult());
        return f;
    }

    /** A WHERE clause with positional parameters, built from fixed column names only. */
    private static final class Filters {
        private String where;
        private final List<Object> params = new ArrayList<>();

        Filters(String where) {
            this.where = where;
        }

        void equal(String column, String value) {
            if (value != null && !value.isBlank()) {
                params.add(value);
                where += " and " + column + " = ?" + params.size();
            }
        }

        void dates(ReportQuery q) {
            if (q.from() != null) {
                params.add(Date.valueOf(q.from()));
                where += " and f.RECORDED_ON >= ?" + params.size();
            }
            if (q.to() != null) {
                params.add(Date.valueOf(q.to()));
                where += " and f.RECORDED_ON <= ?" + params.size();
            }
        }
    }
}
