package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * Tripartite meetings and plans over HTTP in one container: scenario 2 end to end, plan versions, a
 * disagreement kept as one, and the record's own read check on meetings and plans.
 */
public class MeetingsIT extends SharedCofnod {

    private static final Api SOCIAL_WORKER = Api.as("social-worker").purpose("care-planning");
    private static final Api HOME_CARER = Api.as("home-carer");
    private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();
    private static final String IN_THREE_MONTHS = LocalDate.now().plusMonths(3).toString();

    /**
     * The person agrees, told to her social worker, that this agency sees what is about her lunchtime
     * outcome: the outcome, the plans and the entries about it. Returns the directive's id.
     */
    /** The person's consent for an agency, recorded by another agency: the council's by the provider. */
    private static String consentsFor(String personId, String agency, String lunch) {
        Api recorder = "cardiff-council".equals(agency) ? HOME_CARER : SOCIAL_WORKER;
        Api.Reply given = recorder.post("/people/" + personId + "/consents", """
                {"givenBy":{"kind":"person"},"grantee":{"kind":"agency","agency":"%s"},
                 "purposes":["direct-care","care-planning"],"categories":["outcomes-and-plans","entries"],"outcomeIds":["%s"],"how":"verbal"}"""
                .formatted(agency, lunch));
        assertEquals(given.toString(), 201, given.status());
        return given.json().get("id").asText();
    }

    private static String person(String given, String language) {
        Api.Reply created = SOCIAL_WORKER.post("/people",
                "{\"givenName\":\"" + given + "\",\"familyName\":\"Price\",\"preferredLanguage\":\"" + language + "\"}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String outcome(String personId, String words) {
        Api.Reply added = SOCIAL_WORKER.post("/people/" + personId + "/outcomes",
                "{\"ownWords\":\"" + words + "\",\"language\":\"en\",\"type\":\"change\"}");
        assertEquals(added.toString(), 201, added.status());
        return added.json().get("id").asText();
    }

    /** Doreen's meeting: her own view beside the social worker's and the provider's. */
    private static String parties(String personName) {
        return """
                "parties":[
                 {"name":"%s","role":"person","view":{"whatMatters":"Having my lunch with people, not on my own",
                   "worries":"I don't want to cost anybody more","whatShouldHappen":"Go out for lunch sometimes"}},
                 {"name":"Social worker","role":"practitioner","agency":"cardiff-council",
                   "view":{"whatMatters":"Doreen eats well and enjoys lunch","worries":"She eats little alone"}},
                 {"name":"Home care provider","role":"practitioner","agency":"gofal-da-homecare",
                   "view":{"whatIsWorking":"Familiar carers","whatShouldHappen":"Use the time differently"}}]
                """.formatted(personName);
    }

    private static String planningMeeting(String personId, String lunchId, String disagreements) {
        return planningMeeting(personId, "Doreen", lunchId, disagreements);
    }

    private static String planningMeeting(String personId, String name, String lunchId, String disagreements) {
        return """
                {"personId":"%s","kind":"planning","heldOn":"%s","language":"en",%s,
                 "outcomesAgreed":[
                  {"outcomeId":"%s","support":[{"what":"Time pooled with two others the carer supports",
                    "why":"Time pooled for a shared outing: lunch in company","by":"home carer",
                    "agency":"gofal-da-homecare"}]},
                  {"ownWords":"I want to keep my garden tidy","type":"maintenance"}],
                 "disagreements":%s,
                 "actions":[{"what":"Find lunch events nearby","owner":"Social worker","agency":"cardiff-council",
                   "due":"%s"}],
                 "contingencies":[{"whatIf":"Doreen is unwell on an outing day","then":"Lunch at home with her carer"}],
                 "nextReview":"%s"}
                """.formatted(personId, YESTERDAY, parties(name), lunchId, disagreements,
                LocalDate.now().plusWeeks(2), IN_THREE_MONTHS);
    }

    private static final String ONE_DISAGREEMENT = """
            [{"about":"How often to go out for lunch","positions":[
              {"party":"Doreen","view":"Once a week would be lovely"},
              {"party":"Home care provider","view":"Once a fortnight to start"}]}]""";

    private static JsonNode recordMeeting(String body) {
        Api.Reply recorded = SOCIAL_WORKER.post("/meetings", body);
        assertEquals(recorded.toString(), 201, recorded.status());
        assertTrue(recorded.header("Location").endsWith("/meetings/" + recorded.json().get("id").asText()));
        return recorded.json();
    }

    /** A new person with her lunchtime outcome, and the planning meeting that made her plan. */
    private record Planned(String personId, String lunch, JsonNode meeting) {
        String planId() {
            return meeting.get("planId").asText();
        }
    }

    private static Planned planned(String given, String language, String disagreements) {
        String personId = person(given, language);
        String lunch = outcome(personId, "I want my lunch to be something to look forward to");
        return new Planned(personId, lunch, recordMeeting(planningMeeting(personId, lunch, disagreements)));
    }

    @Test
    public void scenarioTwoEndToEndOverHttp() {
        Wait.forHealth();
        Planned planned = planned("Doreen", "en", ONE_DISAGREEMENT);
        String doreen = planned.personId();
        String lunch = planned.lunch();
        JsonNode meeting = planned.meeting();

        // each party's view kept side by side, in their own words
        assertEquals(3, meeting.get("parties").size());
        assertEquals("Having my lunch with people, not on my own",
                meeting.get("parties").get(0).get("view").get("whatMatters").asText());
        assertEquals("Use the time differently",
                meeting.get("parties").get(2).get("view").get("whatShouldHappen").asText());
        // the new outcome agreed is now an outcome of Doreen's record, in her words
        String garden = meeting.get("outcomesAgreed").get(1).get("outcomeId").asText();
        Api.Reply gardenOutcome = SOCIAL_WORKER.get("/people/" + doreen + "/outcomes/" + garden);
        assertEquals(gardenOutcome.toString(), 200, gardenOutcome.status());
        assertEquals("I want to keep my garden tidy", gardenOutcome.json().get("ownWords").asText());

        // the meeting names the plan it made; the plan keeps the support agreed and why
        String planId = meeting.get("planId").asText();
        assertEquals(1, meeting.get("planVersion").asInt());
        assertEquals("consent first: the provider sees nothing of Doreen's yet", 404,
                HOME_CARER.get("/plans/" + planId).status());
        consentsFor(doreen, "gofal-da-homecare", lunch);
        consentsFor(doreen, "cardiff-council", lunch);
        Api.Reply plan = HOME_CARER.get("/plans/" + planId);
        assertEquals(plan.toString(), 200, plan.status());
        assertEquals("\"1\"", plan.header("ETag"));
        JsonNode lunchInPlan = plan.json().get("outcomes").get(0);
        assertEquals(lunch, lunchInPlan.get("outcomeId").asText());
        assertEquals("I want my lunch to be something to look forward to", lunchInPlan.get("ownWords").asText());
        assertEquals("Time pooled for a shared outing: lunch in company",
                lunchInPlan.get("support").get(0).get("why").asText());
        assertEquals("Social worker", plan.json().get("whoDoesWhat").get(0).get("owner").asText());
        assertEquals("Lunch at home with her carer", plan.json().get("contingencies").get(0).get("then").asText());
        assertEquals(meeting.get("id").asText(), plan.json().get("meetingId").asText());

        // the home carer's later visit and the decision behind it, linked to her lunchtime outcome
        Api.Reply visit = HOME_CARER.post("/people/" + doreen + "/entries", """
                {"kind":"visit","outcomeIds":["%s"],"parts":[
                  {"type":"observation","text":"Doreen had lunch with two other people I support at the church."},
                  {"type":"opinion","text":"It made her day.","whose":"home carer"}]}""".formatted(lunch));
        assertEquals(visit.toString(), 201, visit.status());
        Api.Reply why = HOME_CARER.post("/people/" + doreen + "/decisions", """
                {"what":"Combined three people's allocated time into one trip","outcomeIds":["%s"],
                 "why":"Time pooled for a shared outing, at no extra cost"}""".formatted(lunch));
        assertEquals(why.toString(), 201, why.status());
        JsonNode journey = SOCIAL_WORKER.get("/people/" + doreen + "/timeline?outcome=" + lunch).json();
        Set<String> kinds = new HashSet<>();
        journey.get("items").forEach(i -> kinds.add(i.get("kind").asText()));
        assertTrue(kinds.toString(), kinds.containsAll(Set.of("entry", "decision", "outcome")));

        // listed by person, newest first
        JsonNode meetings = SOCIAL_WORKER.get("/meetings?person=" + doreen).json();
        assertEquals(1, meetings.get("items").size());
        assertEquals(planId, SOCIAL_WORKER.get("/plans?person=" + doreen).json().get("items").get(0).get("id").asText());

        // the printable plan, in her language
        Api.Reply page = SOCIAL_WORKER.get("/plans/" + planId, "text/html");
        assertEquals(page.toString(), 200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"en\">") && page.body().contains("My plan"));
        assertTrue(page.body().contains("I want my lunch to be something to look forward to"));
        assertTrue(page.body().contains("Where we did not agree"));
    }

    @Test
    public void theDemoHoldsDoreensMeetingPlanAndTheCarersVisit() {
        Wait.forHealth();
        String id = ScenariosIT.personId("CC-100377");
        JsonNode meetings = Wait.until(() -> SOCIAL_WORKER.get("/meetings?person=" + id),
                r -> r.status() == 200 && r.json().get("items").size() > 0).json();
        JsonNode meeting = meetings.get("items").get(0);
        assertEquals(3, meeting.get("parties").size());
        JsonNode plan = SOCIAL_WORKER.get("/plans/" + meeting.get("planId").asText()).json();
        assertTrue(plan.toString(), plan.toString().contains("Time pooled"));
        String lunch = plan.get("outcomes").get(0).get("outcomeId").asText();
        JsonNode decisions = SOCIAL_WORKER.get("/people/" + id + "/timeline?outcome=" + lunch + "&kind=decision").json();
        assertTrue(decisions.toString(), decisions.toString().contains("Time pooled for a shared outing"));
        // the church lunch is one visit, sent by the provider's system, however often the demo starts
        JsonNode visits = Wait.until(() -> SOCIAL_WORKER.get("/people/" + id + "/timeline?kind=entry&limit=50"),
                r -> r.status() == 200 && r.body().contains("church")).json();
        List<JsonNode> churchLunches = new ArrayList<>();
        visits.get("items").forEach(i -> {
            if (i.toString().contains("an event at the local church")) {
                churchLunches.add(i);
            }
        });
        assertEquals(visits.toString(), 1, churchLunches.size());
        assertTrue(churchLunches.toString(), churchLunches.get(0).toString().contains("GD-V-2026-1007"));
    }

    @Test
    public void aReviewMakesTheNextPlanVersionAndStaleWritersAreRefused() {
        Wait.forHealth();
        Planned planned = planned("Dora", "cy", "[]");
        String doreen = planned.personId();
        String lunch = planned.lunch();
        String planId = planned.planId();
        String garden = planned.meeting().get("outcomesAgreed").get(1).get("outcomeId").asText();

        String review = """
                {"personId":"%s","kind":"review","heldOn":"%s","language":"cy",%s,
                 "reviewOf":{"planId":"%s","version":%d},
                 "results":[{"outcomeId":"%s","result":"partly","learnt":"Company matters more than the food"},
                            {"outcomeId":"%s","result":"achieved","learnt":"The raised beds did it"}],
                 "nextReview":"%s"}""";
        JsonNode reviewed = recordMeeting(review.formatted(doreen, LocalDate.now(), parties("Dora"), planId, 1, lunch,
                garden, LocalDate.now().plusMonths(6)));
        assertEquals(planId, reviewed.get("planId").asText());
        assertEquals(2, reviewed.get("planVersion").asInt());
        assertNotNull("the review went into her record", reviewed.get("reviewId"));
        Api.Reply inRecord = SOCIAL_WORKER.get("/people/" + doreen + "/reviews/" + reviewed.get("reviewId").asText());
        assertEquals(inRecord.toString(), 200, inRecord.status());

        Api.Reply v2 = SOCIAL_WORKER.get("/plans/" + planId);
        assertEquals("\"2\"", v2.header("ETag"));
        assertEquals("the achieved outcome leaves the plan", 1, v2.json().get("outcomes").size());
        assertEquals("partly", v2.json().get("outcomes").get(0).get("lastResult").asText());
        assertEquals("Company matters more than the food", v2.json().get("outcomes").get(0).get("learnt").asText());

        // a second review of version 1 is stale now: nothing is written
        Api.Reply stale = SOCIAL_WORKER.post("/meetings", review.formatted(doreen, LocalDate.now(), parties("Dora"),
                planId, 1, lunch, garden, LocalDate.now().plusMonths(6)));
        assertEquals(stale.toString(), 412, stale.status());
        assertEquals(2, SOCIAL_WORKER.get("/meetings?person=" + doreen).json().get("items").size());
        Api.Reply unknownPlan = SOCIAL_WORKER.post("/meetings", review.formatted(doreen, LocalDate.now(),
                parties("Dora"), "no-such-plan", 1, lunch, garden, LocalDate.now().plusMonths(6)));
        assertEquals(unknownPlan.toString(), 422, unknownPlan.status());
        assertEquals("reviewOf.planId", unknownPlan.json().get("errors").get(0).get("field").asText());

        // a revision names the version it read
        String revision = """
                {"outcomes":[{"outcomeId":"%s","support":[{"what":"Lunch club on Thursdays","why":"Company at lunch"}]}],
                 "nextReview":"%s","note":"Lunch club found"}""".formatted(lunch, IN_THREE_MONTHS);
        assertEquals(428, SOCIAL_WORKER.put("/plans/" + planId, revision, null).status());
        Api.Reply staleEdit = SOCIAL_WORKER.put("/plans/" + planId, revision, "\"1\"");
        assertEquals(staleEdit.toString(), 412, staleEdit.status());
        assertEquals("application/problem+json", staleEdit.header("Content-Type"));
        Api.Reply v3 = SOCIAL_WORKER.put("/plans/" + planId, revision, "\"2\"");
        assertEquals(v3.toString(), 200, v3.status());
        assertEquals("\"3\"", v3.header("ETag"));
        assertEquals("the person's words come from the record", "I want my lunch to be something to look forward to",
                v3.json().get("outcomes").get(0).get("ownWords").asText());
        assertEquals("results come from reviews only", "partly",
                v3.json().get("outcomes").get(0).get("lastResult").asText());

        JsonNode history = SOCIAL_WORKER.get("/plans/" + planId + "/history").json();
        assertEquals(3, history.size());
        assertEquals("superseded", history.get(0).get("state").asText());
        assertEquals(2, history.get(0).get("item").get("outcomes").size());
        assertEquals("live", history.get(2).get("state").asText());

        // the printable page is in her language, Welsh
        String page = SOCIAL_WORKER.get("/plans/" + planId, "text/html").body();
        assertTrue(page, page.contains("<html lang=\"cy\">") && page.contains("Fy nghynllun"));
        assertTrue(page.contains("Lunch club on Thursdays"));
    }

    @Test
    public void aDisagreementIsKeptAsOne() {
        Wait.forHealth();
        Planned planned = planned("Dilys", "en", ONE_DISAGREEMENT);
        JsonNode meeting = planned.meeting();
        assertEquals(1, meeting.get("disagreements").size());
        JsonNode kept = meeting.get("disagreements").get(0);
        assertEquals("How often to go out for lunch", kept.get("about").asText());
        assertEquals("Once a week would be lovely", kept.get("positions").get(0).get("view").asText());
        assertEquals("Once a fortnight to start", kept.get("positions").get(1).get("view").asText());
        String planId = meeting.get("planId").asText();
        assertEquals(kept, SOCIAL_WORKER.get("/plans/" + planId).json().get("disagreements").get(0));
        assertEquals(kept, SOCIAL_WORKER.get("/meetings/" + meeting.get("id").asText()).json()
                .get("disagreements").get(0));

        // a one-sided "disagreement", or one with someone not there, is refused and nothing is written
        Api.Reply oneSided = SOCIAL_WORKER.post("/meetings", planningMeeting(planned.personId(), planned.lunch(), """
                [{"about":"Weekends","positions":[{"party":"Doreen","view":"Visits at weekends"},
                  {"party":"Her nephew","view":"Not needed"}]}]"""));
        assertEquals(oneSided.toString(), 422, oneSided.status());
        Set<String> fields = new HashSet<>();
        oneSided.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("disagreements[0].positions[1].party"), fields);
        assertEquals(1, SOCIAL_WORKER.get("/meetings?person=" + planned.personId()).json().get("items").size());
        assertEquals("no outcome was added by the refused meeting", 2,
                SOCIAL_WORKER.get("/people/" + planned.personId() + "/outcomes").json().get("items").size());

        assertEquals(400, SOCIAL_WORKER.post("/meetings", "{\"personId\":").status());
        assertEquals(404, SOCIAL_WORKER.get("/plans/00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, SOCIAL_WORKER.get("/meetings/00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    public void meetingsAndPlansPassTheRecordsReadCheck() {
        Wait.forHealth();
        Planned planned = planned("Doris", "en", "[]");
        JsonNode meeting = planned.meeting();

        Api commissioner = Api.as("commissioner").purpose("commissioning");
        assertEquals(403, commissioner.get("/plans/" + planned.planId()).status());
        assertEquals(403, commissioner.get("/meetings?person=" + planned.personId()).status());
        assertEquals(403, commissioner.get("/plans").status());
        assertEquals(403, Api.as("admin").get("/meetings").status());
        Api.Reply byPerson = Api.as("rhodri").post("/meetings",
                planningMeeting(planned.personId(), planned.lunch(), "[]"));
        assertEquals("a person does not record meetings", 403, byPerson.status());

        // Rhodri is a person: someone else's meetings and plans do not exist for him
        Api rhodri = Api.as("rhodri");
        assertEquals(404, rhodri.get("/plans/" + planned.planId()).status());
        assertEquals(404, rhodri.get("/meetings/" + meeting.get("id").asText()).status());
        assertEquals(404, rhodri.get("/meetings?person=" + planned.personId()).status());
        assertEquals(404, rhodri.get("/plans/" + planned.planId() + "/history").status());
        assertEquals(404, rhodri.post("/plans/" + planned.planId() + "/views", "{\"view\":\"mine\"}").status());
        String rhodriId = ScenariosIT.personId("CC-100231");
        rhodri.get("/plans").json().get("items").forEach(p -> assertEquals("others' plans are not listed for him",
                rhodriId, p.get("personId").asText()));

        // another agency sees her meetings and plans only with her consent, and not once she withdraws it
        Api physio = Api.as("physio");
        String meetingId = meeting.get("id").asText();
        assertEquals(404, physio.get("/plans/" + planned.planId()).status());
        assertEquals(404, physio.get("/meetings/" + meetingId).status());
        JsonNode hidden = physio.get("/plans?person=" + planned.personId()).json();
        assertEquals(0, hidden.get("items").size());
        assertTrue("the list says consent withheld some", hidden.get("withheld").asBoolean());
        String directive = consentsFor(planned.personId(), "cardiff-vale-uhb", planned.lunch());
        assertEquals(200, physio.get("/plans/" + planned.planId()).status());
        assertEquals(200, physio.get("/meetings/" + meetingId).status());
        assertEquals(1, physio.get("/meetings?person=" + planned.personId()).json().get("items").size());
        Api.Reply withdrawn = SOCIAL_WORKER.post("/consents/" + directive + "/withdraw",
                "{\"reason\":\"Doris asked for the physio to see only what the physio writes\"}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertEquals(404, physio.get("/plans/" + planned.planId()).status());
        assertEquals(404, physio.get("/plans/" + planned.planId(), "text/html").status());
        // every read of her plans, given or refused, is in her access log
        Set<Boolean> physioReads = new HashSet<>();
        Api.as("admin").get("/people/" + planned.personId() + "/access-log?limit=200").json().get("items")
                .forEach(line -> {
                    if ("physio".equals(line.get("who").asText())) {
                        physioReads.add(line.get("refused").asBoolean());
                    }
                });
        assertEquals("refused and disclosed reads are both there", Set.of(true, false), physioReads);

        // his own plan he reads, and adds his own view to it
        String walking = outcome(rhodriId, "I want to walk to the shop and chat with my pals");
        String own = recordMeeting(planningMeeting(rhodriId, "Rhodri", walking, "[]")).get("planId").asText();
        assertEquals(200, rhodri.get("/plans/" + own).status());
        Api.Reply viewed = rhodri.post("/plans/" + own + "/views",
                "{\"view\":\"I'd like the physio there too\",\"whose\":\"practitioner\",\"language\":\"en\"}");
        assertEquals(viewed.toString(), 200, viewed.status());
        assertEquals("\"2\"", viewed.header("ETag"));
        JsonNode view = viewed.json().get("views").get(0);
        assertEquals("a person's view is theirs by who they are", "person", view.get("whose").asText());
        assertEquals("rhodri", view.get("recordedBy").asText());
        // (the suite's other tests may have made plans of his too)
        List<String> listed = new ArrayList<>();
        rhodri.get("/plans").json().get("items").forEach(p -> listed.add(p.get("id").asText()));
        assertTrue(listed.toString(), listed.contains(own));
        // the social worker's next revision keeps Rhodri's view
        Api.Reply revised = SOCIAL_WORKER.put("/plans/" + own, """
                {"outcomes":[{"outcomeId":"%s"}],"nextReview":"%s","note":"Physio joins"}"""
                .formatted(walking, IN_THREE_MONTHS), "\"2\"");
        assertEquals(revised.toString(), 200, revised.status());
        assertEquals("I'd like the physio there too", revised.json().get("views").get(0).get("view").asText());
    }
}
