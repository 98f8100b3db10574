package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Finding people from one search box, what is due, and ending break-glass early, over real HTTP in one container:
 * the search and the due work are the server's, under the access rules.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FindAndDueIT {

    private static final Api SOCIAL_WORKER = Api.as("social-worker");
    private static final Api PHYSIO = Api.as("physio");
    private static final String NHS = "4010232137";

    @Configuration
    public Option[] config() {
        return CofnodContainer.options(null);
    }

    @Test
    public void peopleAreFoundByTheServerInTheCaseloadAndTracedBeyondIt() {
        String sian = person();
        assertEquals(List.of(sian), ids(SOCIAL_WORKER, "sian"));
        assertEquals(List.of(sian), ids(SOCIAL_WORKER, "  PRITCHARD   siân "));
        assertEquals(List.of(sian), ids(SOCIAL_WORKER, "30/11/1961"));
        assertTrue("a name alone stays in the caseload", ids(PHYSIO, "Sian Pritchard").isEmpty());
        for (String q : List.of("401-023-2137", "401 023 2137", NHS, "CC-77701", "sian 30/11/1961",
                "1961-11-30 pritchard")) {
            assertEquals(q, List.of(sian), ids(PHYSIO, q));
        }
        JsonNode traced = search(PHYSIO, "401 023 2137").json().path("items").path(0);
        assertEquals("Siân", traced.path("givenName").asText());
        assertEquals(NHS, traced.path("identifiers").path("nhsNumber").asText());
        assertTrue("a trace answers minimal demographics", traced.path("identifiers").path("localAuthorityId").isMissingNode());

        Api.Reply bad = search(SOCIAL_WORKER, "4010232138");
        assertEquals(bad.toString(), 422, bad.status());
        assertEquals("q", bad.json().path("errors").path(0).path("field").asText());
        assertEquals(403, search(Api.as("commissioner"), "sian").status());
        assertEquals("q with the trace fields", 422, SOCIAL_WORKER.get("/people?q=sian&nhsNumber=" + NHS).status());

        // paged by the server: a page of one, then the next from its cursor
        String other = SOCIAL_WORKER.post("/people", "{\"givenName\":\"Siani\",\"familyName\":\"Owen\","
                + "\"preferredLanguage\":\"cy\"}").json().get("id").asText();
        JsonNode first = SOCIAL_WORKER.get("/people?q=sian&limit=1").json();
        assertEquals(1, first.path("items").size());
        JsonNode second = SOCIAL_WORKER.get("/people?q=sian&limit=1&cursor=" + encode(first.path("nextCursor").asText()))
                .json();
        List<String> both = new ArrayList<>(List.of(first.path("items").path(0).path("id").asText(),
                second.path("items").path(0).path("id").asText()));
        assertTrue(both.containsAll(List.of(sian, other)));
    }

    @Test
    public void whatIsDueIsEachDomainsUnderItsOwnRules() {
        String sian = person();
        String today = LocalDate.now().toString();
        Api.Reply meeting = SOCIAL_WORKER.purpose("care-planning").post("/meetings", """
                {"personId":"%s","kind":"planning","heldOn":"%s","language":"en",
                 "parties":[{"name":"Siân","role":"person","view":{"whatMatters":"Seeing my grandchildren"}},
                  {"name":"Sam","role":"practitioner","agency":"cardiff-council","view":{"worries":"Falls on the stairs"}}],
                 "outcomesAgreed":[{"ownWords":"I want to see my grandchildren every week","type":"maintenance"}],
                 "actions":[{"what":"Ask about a stair lift","owner":"Sam","agency":"cardiff-council","due":"%s"}],
                 "nextReview":"%s"}""".formatted(sian, today, LocalDate.now().plusDays(3), LocalDate.now().plusDays(10)));
        assertEquals(meeting.toString(), 201, meeting.status());

        Api.Reply due = SOCIAL_WORKER.get("/due?within=P14D");
        assertEquals(due.toString(), 200, due.status());
        List<String> kinds = new ArrayList<>();
        for (JsonNode item : due.json().path("items")) {
            if (sian.equals(item.path("personId").asText())) {
                kinds.add(item.path("kind").asText());
                assertTrue(item.path("about").asText().startsWith("/plans/"));
            }
        }
        assertEquals(List.of("action", "plan-review"), kinds);
        assertTrue("another agency's plan is not theirs without consent", Api.as("home-carer").get("/due").json()
                .path("items").findValues("personId").stream().noneMatch(p -> p.asText().equals(sian)));
        for (String within : List.of("P1Y", "P93D", "14 days", "P-1D")) {
            Api.Reply refused = SOCIAL_WORKER.get("/due?within=" + encode(within));
            assertEquals(within, 400, refused.status());
            assertEquals("within", refused.json().path("errors").path(0).path("field").asText());
        }
        assertEquals(403, Api.as("commissioner").get("/due").status());
        assertEquals(403, Api.as("admin").get("/due").status());
    }

    @Test
    public void breakGlassIsEndedEarlyByWhoeverOpenedIt() {
        String sian = person();
        Api safeguarding = PHYSIO.purpose("safeguarding");
        Api.Reply opened = safeguarding.post("/people/" + sian + "/break-glass",
                "{\"reason\":\"a fall reported by her neighbour, no answer at the door\"}");
        assertEquals(opened.toString(), 201, opened.status());
        assertEquals("under break-glass the whole details", "CC-77701", localAuthorityId(safeguarding, sian));
        assertTrue(PHYSIO.get("/due?within=P1D").json().path("items").findValues("kind").stream()
                .anyMatch(k -> k.asText().equals("break-glass-ending")));

        assertEquals("not the social worker's to end", 404,
                SOCIAL_WORKER.post("/people/" + sian + "/break-glass/" + opened.json().get("id").asText() + "/end", null)
                        .status());
        Api.Reply ended = PHYSIO.post("/people/" + sian + "/break-glass/current/end", null);
        assertEquals(ended.toString(), 200, ended.status());
        assertNotNull(ended.json().get("endedAt"));
        assertFalse(ended.json().get("active").asBoolean());
        assertEquals("once ended the trace fields only", "", localAuthorityId(safeguarding, sian));
        assertEquals("nothing current to end", 404, PHYSIO.post("/people/" + sian + "/break-glass/current/end", null)
                .status());
    }

    /** Siân, recorded by the social worker; each test has its own (the NHS number and id are kept for one). */
    private static String person() {
        Wait.forHealth();
        Api.Reply found = SOCIAL_WORKER.get("/people?nhsNumber=" + NHS);
        if (found.json().path("items").size() == 1) {
            return found.json().path("items").path(0).path("id").asText();
        }
        Api.Reply created = SOCIAL_WORKER.post("/people", """
                {"givenName":"Siân","familyName":"Pritchard","dateOfBirth":"1961-11-30","preferredLanguage":"cy",
                 "identifiers":{"nhsNumber":"%s","localAuthorityId":"CC-77701"}}""".formatted(NHS));
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String localAuthorityId(Api api, String personId) {
        return api.get("/people/" + personId).json().path("identifiers").path("localAuthorityId").asText("");
    }

    private static Api.Reply search(Api api, String q) {
        return api.get("/people?q=" + encode(q));
    }

    private static List<String> ids(Api api, String q) {
        Api.Reply found = search(api, q);
        assertEquals(found.toString(), 200, found.status());
        List<String> ids = new ArrayList<>();
        found.json().path("items").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
