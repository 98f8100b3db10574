package cymru.cofnod.adapter.socialwork.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.internal.IngestFixture;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SocialWorkAdapterTest {

    static final String EXPORT = """
            {
              "people": [{"id": "P-231", "localAuthorityId": "CC-100231", "nhsNumber": "9434765919",
                          "givenName": "Rhodri", "familyName": "Evans", "preferredLanguage": "en"}],
              "outcomes": [{"id": "O-77", "person": "CC-100231", "at": "2026-09-07T09:30:00Z",
                            "ownWords": "I want the confidence to walk outdoors again and spend time with my pals",
                            "language": "en", "type": "change"}],
              "conversations": [{"id": "C-1", "person": "CC-100231", "at": "2026-09-07T09:30:00Z",
                                 "worker": "Bethan (social worker)",
                                 "personSaid": "the walls are closing in on me and it's getting me down",
                                 "language": "en", "observed": "He is afraid of being hurt again.",
                                 "workerView": "Open to options for getting out and about.", "outcomes": ["O-77"]}],
              "assessments": [{"id": "A-1", "person": "CC-100231", "at": "2026-09-08T10:00:00Z",
                               "summary": "Mobility limited outdoors; walks indoors unaided.", "outcomes": ["O-77"]}],
              "decisions": [{"id": "D-1", "person": "CC-100231", "at": "2026-10-19T10:00:00Z", "by": "Bethan",
                             "what": "Ask the physiotherapist to visit again",
                             "why": "Her visit made him feel safe enough to step out the door",
                             "outcomes": ["O-77"],
                             "alternatives": [{"option": "Wait", "whyNot": "his confidence was falling"}]}]
            }""";

    private IngestFixture f;

    @Before
    public void open() {
        f = new IngestFixture().agency("cardiff-council", "social-work").install(new SocialWorkAdapter());
    }

    @After
    public void close() {
        f.close();
    }

    @Test
    public void anExportRegistersThePersonAndLinksEverythingToTheirOutcomeByTheCouncilsOwnIds() {
        IngestReport report = f.send("cardiff-council", "application/json", EXPORT);
        assertEquals(report.quarantined().toString(), 5, report.accepted().size());
        String rhodri = f.people.findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, "CC-100231").orElseThrow();
        assertEquals(rhodri, f.people.findByIdentifier(IdentifierSystem.NHS, "943 476 5919").orElseThrow());
        var sw = IngestFixture.practitioner("cardiff-council");
        Outcome outcome = f.records.list(sw, rhodri, ItemKind.OUTCOME, PageRequest.first(5)).items().get(0);
        assertEquals("I want the confidence to walk outdoors again and spend time with my pals", outcome.ownWords());
        List<Entry> entries = f.entries(rhodri);
        assertEquals(2, entries.size());
        Entry conversation = entries.get(1);
        assertEquals("what-matters", conversation.kind());
        assertEquals(List.of(outcome.id()), conversation.outcomeIds());
        assertEquals("the walls are closing in on me and it's getting me down", conversation.parts().get(0).text());
        assertEquals("own-words", conversation.parts().get(0).type());
        Decision decision = f.records.list(sw, rhodri, ItemKind.DECISION, PageRequest.first(5)).items().get(0);
        assertEquals(List.of(outcome.id()), decision.outcomeIds());
        assertEquals("his confidence was falling", decision.alternatives().get(0).whyNot());

        IngestReport again = f.send("cardiff-council", "application/json", EXPORT);
        assertEquals(0, again.accepted().size());
        assertEquals(5, again.duplicate().size());
    }

    @Test
    public void wrongTypesUnknownFieldsAndBrokenRulesAreNamedPerItem() {
        f.send("cardiff-council", "application/json", "{\"people\":[{\"id\":\"P-1\",\"localAuthorityId\":\"CC-1\","
                + "\"givenName\":\"Aled\",\"preferredLanguage\":\"cy\"}]}");
        IngestReport report = f.send("cardiff-council", "application/json", """
                {"outcomes": [
                  {"id": "O-1", "person": "CC-1", "at": "last week", "ownWords": "x", "language": "en", "type": "change"},
                  {"id": "O-2", "person": "CC-1", "ownWords": "x", "language": "en", "type": "change", "mood": 3},
                  {"id": "O-3", "person": "CC-1", "ownWords": "", "language": "fr", "type": "change"},
                  {"id": "O-4", "person": "CC-1", "ownWords": "Chwarae pêl-droed gyda fy ffrindiau", "language": "cy",
                   "type": "change"}],
                 "decisions": [{"id": "D-1", "person": "CC-1", "what": "x", "why": "y", "outcomes": ["O-99"]}],
                 "people": "not a list"}""");
        assertEquals(1, report.accepted().size());
        List<String> reasons = report.quarantined().stream().map(IngestReport.ItemResult::reason).toList();
        assertTrue(reasons.get(0), reasons.get(0).contains("'people' must be a list"));
        assertTrue(reasons.get(1), reasons.get(1).startsWith("at must be an ISO 8601 date-time"));
        assertEquals("mood is not a field here", reasons.get(2));
        assertFalse("no class names: " + reasons, String.join(" ", reasons).matches("(?s).*(CaseExport|\\$|cymru\\.).*"));
        assertTrue(reasons.get(3), reasons.get(3).contains("ownWords") && reasons.get(3).contains("language"));
        assertTrue(reasons.get(4), reasons.get(4).startsWith("no outcome with this id is shared with your agency"));
        IngestReport truncated = f.send("cardiff-council", "application/json", "{\"outcomes\":[{\"id\":");
        assertTrue(truncated.quarantined().get(0).reason().startsWith("not valid JSON"));
    }

    @Test
    public void anAssessmentWithARecommendationAddsItsDecisionTooOrNothing() {
        f.send("cardiff-council", "application/json", EXPORT);
        String rhodri = f.people.findByIdentifier(IdentifierSystem.LOCAL_AUTHORITY, "CC-100231").orElseThrow();
        String assessments = """
                {"assessments": [
                  {"id": "A-2", "person": "CC-100231", "at": "2026-10-01T10:00:00Z", "worker": "Bethan",
                   "summary": "Walks to the corner with company.", "outcomes": ["O-77"],
                   "recommendation": {"what": "Walk with a volunteer", "why": "company gives him confidence",
                                      "alternatives": [{"option": "A wheelchair", "whyNot": "he wants to walk"}]}},
                  {"id": "A-3", "person": "CC-100231", "at": "2026-10-02T10:00:00Z", "worker": "Bethan",
                   "summary": "Tried the bus.", "outcomes": ["O-77"],
                   "recommendation": {"what": "A bus pass"}}]}""";
        IngestReport report = f.send("cardiff-council", "application/json", assessments);
        assertEquals(List.of("A-2"), report.accepted().stream().map(IngestReport.ItemResult::sourceKey).toList());
        assertEquals(List.of("A-3"), report.quarantined().stream().map(IngestReport.ItemResult::sourceKey).toList());
        assertTrue(report.quarantined().get(0).reason(), report.quarantined().get(0).reason().contains("why"));
        var sw = IngestFixture.practitioner("cardiff-council");
        List<Decision> decisions = f.records.list(sw, rhodri, ItemKind.DECISION, PageRequest.first(5)).items();
        assertEquals(List.of("Ask the physiotherapist to visit again", "Walk with a volunteer"),
                decisions.stream().map(Decision::what).toList()); // newest first: D-1 was decided on 19 October
        Decision recommended = decisions.get(1);
        assertEquals("Bethan", recommended.decidedBy());
        assertEquals("he wants to walk", recommended.alternatives().get(0).whyNot());
        List<Entry> entries = f.entries(rhodri);
        assertEquals(List.of("assessment", "assessment", "what-matters"), entries.stream().map(Entry::kind).toList());
        assertEquals(entries.get(0).outcomeIds(), recommended.outcomeIds());
        assertEquals("Bethan", entries.get(0).provenance().performedBy().name());
        assertEquals("Bethan", recommended.provenance().performedBy().name());
        assertEquals("worker@cardiff-council", recommended.provenance().sentBy());

        assertEquals(1, f.send("cardiff-council", "application/json", assessments).duplicate().size());
        assertEquals(2, f.records.list(sw, rhodri, ItemKind.DECISION, PageRequest.first(5)).items().size());
    }
}
