package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.RecordCategory;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.ValidationException;
import cymru.cofnod.nof.api.PersonalisedStatement;
import cymru.cofnod.nof.api.Report;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.nof.api.ShownCount;
import cymru.cofnod.nof.api.Story;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.testing.DerbyUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Seven people walk to the shop: five supported by the council, two by the home care provider. Every
 * report cut of them must hide the two, alone and by difference.
 */
public class JpaNofReportsTest {

    private static final Instant SEPTEMBER = Instant.parse("2026-09-10T10:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2026-10-10T10:00:00Z");

    /** What each of the seven said beside "walk to the shop". */
    private static final List<String> WITH = List.of("with Alys on 3 May", "on Mondays", "by myself. Dewi comes too",
            "in the morning", "with Mrs Hughes", "when it is dry", "after lunch");

    private Nof nof;
    private final List<String> people = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    @Before
    public void open() {
        nof = new Nof();
        for (int i = 0; i < 7; i++) {
            Requester by = i < 5 ? Nof.SOCIAL_WORKER : Nof.HOME_CARER;
            String person = nof.person("Person" + i);
            Outcome walk = nof.outcome(by, person, "walk to the shop " + WITH.get(i), i % 2 == 0 ? "change" : "maintenance",
                    i < 3 ? SEPTEMBER : OCTOBER);
            nof.mappings.map(by, person, walk.id(), List.of("WB02.1", "WB04.2"));
            people.add(person);
            outcomes.add(walk);
        }
    }

    @After
    public void close() {
        nof.close();
    }

    private Report report(String cut, String by, String agency) {
        return nof.reports.byDomain(Nof.COMMISSIONER,
                new ReportQuery(cut, by, null, null, null, agency, null, null, null));
    }

    private static ReportRow row(Report r, String code, String breakdown) {
        return r.rows().stream().filter(x -> x.code().equals(code)
                        && (breakdown == null || breakdown.equals(x.breakdown())))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + code + "/" + breakdown + " in " + r));
    }

    @Test
    public void everyDomainIsListedAndCountsAreShownByTheRule() {
        Report r = report("domain", null, null);
        assertEquals(List.of("WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07", "WB08", "WB09C"),
                r.rows().stream().map(ReportRow::code).toList());
        assertEquals("5", row(r, "WB02", null).people().toString());
        assertEquals("5", row(r, "WB04", null).outcomes().toString());
        assertEquals("<5", row(r, "WB01", null).people().toString());
        assertEquals("5", r.total().people().toString());
        assertEquals(Report.RULE, r.suppression());
        assertEquals("5", row(report("statement", null, null), "WB02.1", null).people().toString());
    }

    @Test
    public void overlappingCutsCannotBeSubtractedToRevealTheTwo() {
        ShownCount all = row(report("domain", null, null), "WB02", null).people();
        ShownCount council = row(report("domain", null, "cardiff-council"), "WB02", null).people();
        ShownCount homecare = row(report("domain", null, "gofal-da-homecare"), "WB02", null).people();
        assertTrue(homecare.suppressed());
        assertTrue("the difference of the shown values is not the hidden count", all.shown() - council.shown() != 2);
        assertTrue(ShownCountTest.possibleDifferences(all, council).size() >= 2);

        Report byAgency = report("domain", "agency", null);
        assertEquals("5", row(byAgency, "WB02", "cardiff-council").people().toString());
        assertEquals("<5", row(byAgency, "WB02", "gofal-da-homecare").people().toString());
        // the breakdown lists every agency for every domain, counted or not
        assertEquals("<5", row(byAgency, "WB08", "gofal-da-homecare").people().toString());

        // taking one of the council's five away hides the council too, and the total still does not give it away
        nof.outcomes.record().withdraw(Nof.SOCIAL_WORKER, people.get(0), ItemKind.OUTCOME, outcomes.get(0).id(),
                "recorded in error");
        ShownCount allAfter = row(report("domain", null, null), "WB02", null).people();
        assertTrue(row(report("domain", null, "cardiff-council"), "WB02", null).people().suppressed());
        assertEquals("5", allAfter.toString());
        assertEquals(6, nof.facts.count(Nof.ADMIN));
    }

    @Test
    public void reportsCutByTypeReviewResultAndPeriod() {
        Report byType = report("domain", "type", null);
        assertEquals(List.of("change", "maintenance", "process"),
                byType.rows().stream().filter(x -> x.code().equals("WB02")).map(ReportRow::breakdown).toList());
        Report byPeriod = nof.reports.byDomain(Nof.COMMISSIONER,
                new ReportQuery("domain", "period", "month", null, null, null, null, null, null));
        assertEquals(List.of("2026-09", "2026-10"),
                byPeriod.rows().stream().filter(x -> x.code().equals("WB02")).map(ReportRow::breakdown).toList());
        Report quarter = nof.reports.byDomain(Nof.COMMISSIONER, new ReportQuery("domain", "period", null,
                LocalDate.of(2026, 10, 1), null, null, null, null, null));
        assertEquals("quarter", quarter.period());
        assertEquals("<5", row(quarter, "WB02", "2026-Q4").people().toString());

        for (int i = 0; i < 5; i++) {
            nof.outcomes.record().add(Nof.SOCIAL_WORKER, people.get(i), ItemKind.REVIEW, new Review(null, null, null,
                    OCTOBER, null, List.of(new Review.OutcomeResult(outcomes.get(i).id(), "achieved",
                    "walks there each morning")), null, null, null));
        }
        Report byResult = report("domain", "reviewResult", null);
        assertEquals("5", row(byResult, "WB02", "achieved").people().toString());
        assertEquals("<5", row(byResult, "WB02", "none").people().toString());
        Report achieved = nof.reports.byDomain(Nof.COMMISSIONER,
                new ReportQuery("domain", null, null, null, null, null, null, "achieved", null));
        assertEquals("5", row(achieved, "WB02", null).outcomes().toString());
    }

    @Test
    public void personalisedStatementsCutTheReport() {
        PersonalisedStatement places = nof.personalised.create(Nof.COMMISSIONER, new PersonalisedStatement(null, null,
                null, "People can get to the places that matter to them", null, null, null, List.of("WB04"), null, null));
        PersonalisedStatement safe = nof.personalised.create(Nof.COMMISSIONER, new PersonalisedStatement(null, null,
                null, "People feel safe at home", "Mae pobl yn teimlo'n ddiogel gartref", null, null, List.of("WB03.1"),
                null, null));
        Report r = report("personalised", null, null);
        assertEquals("5", row(r, places.id(), null).people().toString());
        assertEquals("People can get to the places that matter to them", row(r, places.id(), null).label());
        assertEquals("<5", row(r, safe.id(), null).people().toString());
        Report cy = nof.reports.byDomain(Nof.COMMISSIONER,
                new ReportQuery("personalised", null, null, null, null, null, null, null, "cy"));
        assertEquals("Mae pobl yn teimlo'n ddiogel gartref", row(cy, safe.id(), null).label());
        assertEquals("cy", row(cy, safe.id(), null).language());
        // no Welsh written yet: the English, saying so, so that a Welsh page can mark it
        assertEquals("People can get to the places that matter to them", row(cy, places.id(), null).label());
        assertEquals("en", row(cy, places.id(), null).language());
        assertEquals("en", row(r, safe.id(), null).language());

        // revising a statement's codes re-cuts the report at once, and the old version stays in the history
        nof.personalised.revise(Nof.COMMISSIONER, safe.id(), 1, new PersonalisedStatement(null, null, null,
                "People feel safe and well at home", null, null, null, List.of("WB03.1", "WB02"), null, null));
        assertEquals("5", row(report("personalised", null, null), safe.id(), null).people().toString());
        assertEquals(2, nof.personalised.history(safe.id(), null).size());
        assertEquals(List.of("WB03.1", "WB02"), nof.personalised.get(safe.id(), null).codes());
    }

    @Test
    public void onlyCommissionersAndAdministratorsReadReportsAndBadQueriesAreRefused() {
        try {
            nof.reports.byDomain(Nof.SOCIAL_WORKER, ReportQuery.byDomain());
            fail("a practitioner does not read commissioners' reports");
        } catch (AccessDeniedException expected) {
            // refused
        }
        nof.reports.byDomain(Nof.ADMIN, ReportQuery.byDomain());
        try {
            nof.reports.byDomain(Nof.COMMISSIONER, new ReportQuery("postcode", "shoe-size", null,
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 1, 1), null, "big", null, null));
            fail("unknown cuts are refused");
        } catch (ValidationException expected) {
            assertEquals(Set.of("cut", "by", "type", "from"),
                    Set.copyOf(expected.errors().stream().map(e -> e.field()).toList()));
        }
    }

    @Test
    public void aRebuildFromTheRecordGivesTheSameFacts() {
        Report before = report("domain", "agency", null);
        assertEquals(7, nof.facts.rebuild(Nof.ADMIN));
        assertEquals(before.rows(), report("domain", "agency", null).rows());
        try (DerbyUnit fresh = new DerbyUnit("cofnod-nof")) {
            JpaNofFacts rebuilt = new JpaNofFacts(fresh.jpa(), nof.outcomes.record(), nof.outcomes.directory(),
                    nof.outcomes.leases());
            assertEquals(0, rebuilt.count(Nof.ADMIN));
            assertEquals(7, rebuilt.rebuild(Nof.ADMIN));
            assertEquals(7, rebuilt.count(Nof.ADMIN));
        }
        try {
            nof.facts.rebuild(Nof.COMMISSIONER);
            fail("only an administrator rebuilds");
        } catch (AccessDeniedException expected) {
            // refused
        }
    }

    @Test
    public void aRebuildIsRefusedWhileAnotherNodeHoldsItsLease() {
        boolean ranThere = nof.outcomes.leases().runOnce(JpaNofFacts.REBUILD, Duration.ofHours(1), () -> {
            ValidationException refused = assertThrows(ValidationException.class, () -> nof.facts.rebuild(Nof.ADMIN));
            assertEquals("facts", refused.errors().get(0).field());
        });
        assertTrue(ranThere);
        assertEquals("the lease given up, a rebuild runs", 7, nof.facts.rebuild(Nof.ADMIN));
    }

    @Test
    public void onlyPeopleWhoseConsentCoversCommissioningTellStoriesWithoutNames() {
        for (int i : new int[] {0, 2, 4}) {
            share(i, Set.of("commissioning"));
        }
        share(1, Set.of("direct-care"));
        ConsentDirective withdrawn = share(6, Set.of("commissioning"));
        nof.outcomes.consent().withdraw(Nof.SOCIAL_WORKER, withdrawn.id(), "changed her mind");

        Report r = report("statement", null, null);
        List<Story> stories = r.stories();
        assertEquals("two stories beside WB02.1 and two beside WB04.2", 4, stories.size());
        Set<String> allowed = Set.of("walk to the shop with [name] on [number] [name]",
                "walk to the shop by myself. [name] comes too", "walk to the shop with [name]");
        for (Story s : stories) {
            assertTrue(s.words(), allowed.contains(s.words()));
            assertFalse(s.words().contains("Alys") || s.words().contains("Hughes") || s.words().contains("3"));
        }
        assertEquals(Set.of("WB02.1", "WB04.2"), Set.copyOf(stories.stream().map(Story::code).toList()));
        // a group under five people has no story, whatever consent says
        assertTrue(nof.reports.byDomain(Nof.COMMISSIONER, new ReportQuery("statement", null, null, null, null,
                "gofal-da-homecare", null, null, null)).stories().isEmpty());
        // an administrator sees the numbers, never the words
        assertTrue(nof.reports.byDomain(Nof.ADMIN, ReportQuery.byDomain()).stories().isEmpty());
    }

    private ConsentDirective share(int person, Set<String> purposes) {
        return nof.outcomes.consent().give(Nof.SOCIAL_WORKER, people.get(person), new ConsentDirective(null, null,
                new ConsentDirective.GivenBy("person", null, null, null),
                new ConsentDirective.Grantee("agency", "cardiff-council", null, null, null), purposes,
                Set.of(RecordCategory.OUTCOMES_AND_PLANS), null, null, null, "verbal", null, null, null, null, null));
    }
}
