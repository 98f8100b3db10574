package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** The guidance's scenarios, played over HTTP against the demo data in one container. */
public class ScenariosIT extends SharedCofnod {

    static String personId(String localAuthorityId) {
        // a trace by the council's own identifier, as a practitioner finds someone
        Api.Reply people = Wait.until(() -> Api.as("social-worker").get("/people?localAuthorityId=" + localAuthorityId),
                r -> r.status() == 200 && r.body().contains(localAuthorityId));
        for (JsonNode p : people.json().get("items")) {
            if (localAuthorityId.equals(p.path("identifiers").path("localAuthorityId").asText())) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no demo person " + localAuthorityId);
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    @Test
    public void rhodriOneOutcomeTwoAgenciesOneJourneyWithItsDip() {
        Wait.forHealth();
        String rhodri = personId("CC-100231");
        Api sw = Api.as("social-worker");
        // found as soon as he is recorded: his login is bound and his outcome written just after
        // (the suite's other tests add outcomes of their own to his record: his is the one in these words)
        String words = "I want the confidence to walk outdoors again and spend time with my pals";
        List<JsonNode> outcomes = items(Wait.until(() -> sw.get("/people/" + rhodri + "/outcomes"),
                r -> r.status() == 200 && r.body().contains(words)).json());
        String outcome = outcomes.stream().filter(o -> words.equals(o.get("ownWords").asText())).findFirst()
                .orElseThrow().get("id").asText();

        // the physio's weeks come from the health board's system through the physio adapter, after start
        // (the suite's other tests add entries of their own: the demo's are the two agencies')
        List<JsonNode> journey = demoSteps(Wait.until(() -> sw.get("/people/" + rhodri + "/timeline?kind=entry"),
                r -> r.status() == 200 && demoSteps(r).size() == 6));
        for (int i = 1; i < journey.size(); i++) {
            assertTrue("newest first", journey.get(i - 1).get("occurredAt").asText()
                    .compareTo(journey.get(i).get("occurredAt").asText()) > 0);
        }
        Set<String> agencies = new HashSet<>();
        journey.forEach(e -> {
            agencies.add(e.get("agency").asText());
            assertEquals("every entry works towards his one outcome", outcome, e.get("outcomeIds").get(0).asText());
        });
        assertEquals(Set.of("cardiff-council", "cardiff-vale-uhb"), agencies);
        assertEquals(3, items(sw.get("/people/" + rhodri + "/timeline?kind=entry&agency=cardiff-vale-uhb").json()).size());

        String all = sw.get("/people/" + rhodri + "/timeline").body();
        assertTrue(all.contains("\"text\":\"the walls are closing in on me and it's getting me down\""));
        assertTrue(all.contains("\"text\":\"has a bit of hope\""));
        assertTrue(all.contains("\"text\":\"safe enough to step out the door\""));
        // the week-4 dip, in his words, is part of the journey
        JsonNode dip = items(sw.get("/people/" + rhodri + "/timeline?kind=phone-call").json()).get(0);
        assertEquals("cardiff-council", dip.get("agency").asText());
        assertTrue(dip.toString().contains("feeling down in the dumps again"));
        assertEquals(3, dip.get("item").get("progress").get("rating").asInt());

        // the decision says why, and the physio's entries sit on his outcome, not a goal of her own
        JsonNode decision = items(sw.get("/people/" + rhodri + "/decisions").json()).get(0);
        assertTrue(decision.get("why").asText().contains("safe enough to step out the door"));
        assertEquals("six entries and a decision on his outcome", 7,
                demoSteps(sw.get("/people/" + rhodri + "/timeline?outcome=" + outcome)).stream()
                        .filter(step -> !"outcome".equals(step.get("kind").asText())).count());
    }

    /** The steps of a journey page the demo's two agencies recorded. */
    private static List<JsonNode> demoSteps(Api.Reply page) {
        return items(page.json()).stream().filter(step -> Set.of("cardiff-council", "cardiff-vale-uhb")
                .contains(step.path("agency").asText())).toList();
    }

    @Test
    public void maryLearningLogsFeedHerOnePageProfile() {
        Wait.forHealth();
        String mary = personId("CC-100318");
        // her learning log arrives through the home-care adapter, then becomes her profile
        JsonNode answer = Wait.until(() -> Api.as("home-carer").get("/people/" + mary + "/profile"),
                r -> r.status() == 200 && r.json().hasNonNull("profile")).json();
        JsonNode profile = answer.get("profile");
        assertEquals(4, profile.get("importantToMe").size());
        assertEquals(2, profile.get("howBestToSupportMe").size());
        Set<String> logs = new HashSet<>();
        items(Api.as("home-carer").get("/people/" + mary + "/timeline?kind=learning-log").json())
                .forEach(e -> logs.add(e.get("id").asText()));
        assertEquals(2, logs.size());
        profile.get("importantToMe").forEach(line -> line.get("fromEntries")
                .forEach(e -> assertTrue("each line links to the rows it came from", logs.contains(e.asText()))));
        assertTrue(profile.toString().contains("I may be afraid of strange dogs: please avoid them"));
        assertEquals(2, answer.get("fromLearningLogs").get("importantToMe").size());
        JsonNode row = Api.as("home-carer").get("/people/" + mary + "/entries/" + logs.iterator().next()).json();
        assertEquals("Karen and Mary", row.get("learningLog").get("who").asText());
    }

    @Test
    public void aledStrengthsBesidePriorityRisks() {
        Wait.forHealth();
        String aled = personId("CC-100402");
        JsonNode both = Api.as("social-worker").get("/people/" + aled + "/strengths-and-risks").json();
        assertEquals(5, both.get("strengths").size());
        assertEquals(5, both.get("risks").size());
        both.get("risks").forEach(r -> assertTrue(r.get("priority").asBoolean()));
        // he prefers Welsh: his record is in Welsh, each item tagged cy
        assertTrue(both.toString().contains("Mae cerddoriaeth yn ei helpu i ymlacio a chysgu"));
        assertTrue(both.toString().contains("Dim lle diogel: mae'n rhannu ystafell wely"));
        both.get("strengths").forEach(s -> assertEquals("cy", s.get("language").asText()));
        both.get("risks").forEach(r -> assertEquals("cy", r.get("language").asText()));
        JsonNode outcome = items(Api.as("social-worker").get("/people/" + aled + "/outcomes").json()).get(0);
        assertEquals("Dw i eisiau aros yn dawel a chael lle saff i fi fy hun", outcome.get("ownWords").asText());
        assertEquals("cy", outcome.get("language").asText());
        both.get("strengths").forEach(s -> assertEquals(outcome.get("id").asText(),
                s.get("outcomeIds").get(0).asText()));
        for (JsonNode entry : items(Api.as("social-worker").get("/people/" + aled + "/entries").json())) {
            entry.get("parts").forEach(p -> assertEquals(p.toString(), "cy", p.get("language").asText()));
        }
    }

    @Test
    public void oliverPlanIsNineLinesInHisOwnWords() {
        Wait.forHealth();
        String oliver = personId("CC-100455");
        Set<String> words = new HashSet<>();
        items(Api.as("social-worker").get("/people/" + oliver + "/outcomes").json())
                .forEach(o -> {
                    words.add(o.get("ownWords").asText());
                    assertEquals("person", o.get("expressedBy").asText());
                });
        assertEquals(Set.of("go out by myself", "walk to the shop", "communicate with people more",
                "control my temper better", "be less worried", "learn to drive",
                "get a job, perhaps to do with history", "feel good about myself", "accept people's help more often"),
                words);
    }

    @Test
    public void kevinHasACarersRecordOfHisOwn() {
        Wait.forHealth();
        String kevin = personId("CC-100512");
        String alys = personId("CC-100511");
        JsonNode person = Api.as("social-worker").get("/people/" + kevin).json();
        assertEquals(alys, person.get("caresFor").get(0).asText());
        assertEquals(6, items(Api.as("social-worker").get("/people/" + kevin + "/outcomes").json()).size());
        assertTrue(items(Api.as("social-worker").get("/people/" + alys + "/outcomes").json()).isEmpty());
    }

    @Test
    public void recordRulesOverHttp() {
        Wait.forHealth();
        String rhodri = personId("CC-100231");
        Api sw = Api.as("social-worker");
        Api.Reply noWords = sw.post("/people/" + rhodri + "/outcomes", "{\"language\":\"en\",\"type\":\"change\"}");
        assertEquals(422, noWords.status());
        assertEquals("ownWords", noWords.json().get("errors").get(0).get("field").asText());

        String words = "Rwy isio mynd i'r gêm bêl-droed gyda fy ffrindiau — ŵ ŷ â";
        Api.Reply added = sw.post("/people/" + rhodri + "/outcomes",
                "{\"ownWords\":\"" + words + "\",\"language\":\"cy\",\"type\":\"change\"}");
        assertEquals(added.toString(), 201, added.status());
        String id = added.json().get("id").asText();
        assertEquals(words, sw.get("/people/" + rhodri + "/outcomes/" + id).json().get("ownWords").asText());

        Api.Reply rating = sw.post("/people/" + rhodri + "/entries", "{\"kind\":\"visit\",\"parts\":[{\"type\":"
                + "\"observation\",\"text\":\"walked\"}],\"progress\":{\"rating\":7}}");
        assertEquals(422, rating.status());
        assertEquals("progress.narrative", rating.json().get("errors").get(0).get("field").asText());

        Api.Reply v2 = sw.put("/people/" + rhodri + "/outcomes/" + id,
                "{\"ownWords\":\"" + words + "!\",\"language\":\"cy\",\"type\":\"change\"}", "\"1\"");
        assertEquals(200, v2.status());
        assertEquals(412, sw.put("/people/" + rhodri + "/outcomes/" + id,
                "{\"ownWords\":\"lost\",\"language\":\"cy\",\"type\":\"change\"}", "\"1\"").status());
        assertEquals(403, Api.as("physio").put("/people/" + rhodri + "/outcomes/" + id,
                "{\"ownWords\":\"physio's\",\"language\":\"en\",\"type\":\"change\"}", "\"2\"").status());

        Api.Reply withdrawn = sw.post("/people/" + rhodri + "/outcomes/" + id + "/withdraw",
                "{\"reason\":\"recorded twice\"}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertEquals(404, sw.get("/people/" + rhodri + "/outcomes/" + id).status());
        JsonNode history = sw.get("/people/" + rhodri + "/outcomes/" + id + "/history").json();
        assertEquals(3, history.size());
        assertEquals("recorded twice", history.get(2).get("reason").asText());
        assertFalse(sw.get("/people/" + rhodri + "/timeline").body().contains(id));

        // the person adds his view; he reads his own record and nobody else's
        String outcome = items(sw.get("/people/" + rhodri + "/outcomes").json()).get(0).get("id").asText();
        Api.Reply view = Api.as("rhodri").post("/people/" + rhodri + "/perspectives", "{\"aboutId\":\"" + outcome
                + "\",\"whose\":{\"role\":\"person\",\"name\":\"Rhodri\"},\"view\":\"It's my mates I miss most\","
                + "\"stance\":\"partly\"}");
        assertEquals(view.toString(), 201, view.status());
        assertEquals(404, Api.as("rhodri").get("/people/" + personId("CC-100318") + "/timeline").status());
        assertEquals(403, Api.as("commissioner").purpose("commissioning").get("/people/" + rhodri + "/timeline")
                .status());
    }
}
