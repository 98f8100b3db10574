package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;

/**
 * The recording coach in one container: its endpoints, its advice in the answer of every write of an
 * advised field, silence on the demo's own good recording, and the console command.
 */
public class CoachIT extends SharedCofnod {

    private static final String DOREEN = "CC-100377";

    @Inject
    @Filter(timeout = 60000)
    private SessionFactory sessions;

    private static Api.Reply advice(Api who, String text, String field, String language) {
        return who.post("/coach/advice", "{\"text\":" + Api.JSON.valueToTree(text) + ",\"field\":\"" + field + "\""
                + (language == null ? "" : ",\"language\":\"" + language + "\"") + "}");
    }

    private static Set<String> kinds(JsonNode advice) {
        Set<String> kinds = new HashSet<>();
        advice.forEach(a -> kinds.add(a.get("kind").asText()));
        return kinds;
    }

    @Test
    public void adviceIsBilingualNeedsNoPurposeAndRefusesBadInput() {
        Wait.forHealth();
        Api anyone = Api.as("home-carer").purpose(null);
        Api.Reply reply = advice(anyone, "Attend day centre twice weekly", "outcome", "en");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode a = reply.json().get("advice").get(0);
        assertEquals("service-not-outcome", a.get("kind").asText());
        assertEquals(1, a.get("principle").asInt());
        assertEquals(0, a.get("span").get("start").asInt());
        assertTrue(a.get("message").get("en").asText().contains("Attend"));
        assertTrue(a.get("question").get("cy").asText().startsWith("Beth fydd yn wahanol"));

        JsonNode welsh = advice(anyone, "Mae angen iddo gydymffurfio â'i feddyginiaeth", "outcome", "cy").json();
        assertEquals(Set.of("organisational-goal"), kinds(welsh.get("advice")));
        assertEquals(0, advice(anyone, "Dw i eisiau mynd yn ôl i'r capel i weld fy ffrindiau", "outcome", null)
                .json().get("advice").size());
        assertEquals(Set.of("no-learning"), kinds(advice(anyone, "No change.", "review", "en").json().get("advice")));

        assertEquals(401, Api.anonymous().post("/coach/advice", "{\"text\":\"x\",\"field\":\"outcome\"}").status());
        Api.Reply noField = anyone.post("/coach/advice", "{\"text\":\"Be healthier\"}");
        assertEquals(422, noField.status());
        assertTrue(noField.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(noField.body().contains("field"));
        assertEquals(422, advice(anyone, "Be healthier", "outcome", "fr").status());
        assertEquals(422, advice(anyone, "x".repeat(8001), "entry", "en").status());
        assertEquals(400, anyone.post("/coach/advice", "{\"text\":").status());
        assertEquals(400, anyone.post("/coach/advice", "{\"text\":\"x\",\"field\":\"outcome\",\"tone\":1}").status());

        JsonNode kinds = anyone.get("/coach/kinds").json();
        assertEquals(8, kinds.size());
        for (JsonNode k : kinds) {
            assertTrue(k.get("principle").asInt() >= 1 && k.get("principle").asInt() <= 12);
            assertTrue(k.get("explanation").get("cy").asText().length() > 20);
            assertTrue(k.get("explanation").get("en").asText().length() > 20);
        }
    }

    @Test
    public void everyWriteOfAnAdvisedFieldAnswersWithAdvice() {
        Wait.forHealth();
        String doreen = ScenariosIT.personId(DOREEN);
        Api sw = Api.as("social-worker");
        String people = "/people/" + doreen;

        Api.Reply service = sw.post(people + "/outcomes", "{\"ownWords\":\"Attend the lunch club twice weekly\","
                + "\"language\":\"en\",\"type\":\"change\"}");
        assertEquals(service.toString(), 201, service.status());
        assertEquals("Attend the lunch club twice weekly", service.json().get("ownWords").asText());
        JsonNode given = service.json().get("advice");
        assertEquals("ownWords", given.get(0).get("at").asText());
        assertEquals("service-not-outcome", given.get(0).get("kind").asText());
        assertTrue(service.json().path("flags").isMissingNode());

        Api.Reply keep = sw.post(people + "/outcomes", "{\"ownWords\":\"I want to keep living in my own house near "
                + "the chapel\",\"language\":\"en\",\"type\":\"maintenance\"}");
        assertEquals(0, keep.json().get("advice").size());
        String keepId = keep.json().get("id").asText();
        Api.Reply revised = sw.put(people + "/outcomes/" + keepId, "{\"ownWords\":\"Improve mobility\","
                + "\"language\":\"en\",\"type\":\"maintenance\"}", keep.header("ETag"));
        assertEquals(revised.toString(), 200, revised.status());
        assertEquals(Set.of("professional-goal"), kinds(revised.json().get("advice")));

        Api.Reply entry = sw.post(people + "/entries", "{\"kind\":\"visit\",\"outcomeIds\":[\"" + keepId + "\"],"
                + "\"parts\":[{\"type\":\"observation\",\"text\":\"No issues of concern.\"},"
                + "{\"type\":\"own-words\",\"text\":\"I did not want to engage with them\"},"
                + "{\"type\":\"opinion\",\"whose\":\"social worker\",\"text\":\"She was uncooperative.\"}]}");
        assertEquals(entry.toString(), 201, entry.status());
        JsonNode entryAdvice = entry.json().get("advice");
        assertEquals(entryAdvice.toString(), 1, entryAdvice.size());
        assertEquals("parts[0].text", entryAdvice.get(0).get("at").asText());
        assertEquals("opinion-as-fact", entryAdvice.get(0).get("kind").asText());

        Api.Reply decision = sw.post(people + "/decisions", "{\"what\":\"Respite one week in four\",\"why\":"
                + "\"As per care plan\",\"outcomeIds\":[\"" + keepId + "\"]}");
        assertEquals(decision.toString(), 201, decision.status());
        assertEquals("why", decision.json().get("advice").get(0).get("at").asText());
        assertEquals("missing-why", decision.json().get("advice").get(0).get("kind").asText());

        // a maintenance outcome that held steady is reviewed as maintained, and stays active
        Api.Reply review = sw.post(people + "/reviews", "{\"results\":[{\"outcomeId\":\"" + keepId + "\","
                + "\"result\":\"maintained\",\"learnt\":\"n/a\"}]}");
        assertEquals(review.toString(), 201, review.status());
        assertEquals("results[0].learnt", review.json().get("advice").get(0).get("at").asText());
        assertEquals("no-learning", review.json().get("advice").get(0).get("kind").asText());
        assertEquals("active", sw.get(people + "/outcomes/" + keepId).json().get("status").asText());

        Api.Reply view = sw.post(people + "/perspectives", "{\"aboutId\":\"" + keepId + "\",\"whose\":{\"role\":"
                + "\"practitioner\",\"name\":\"Social worker\"},\"view\":\"I disagree.\",\"stance\":\"disagree\"}");
        assertEquals(view.toString(), 201, view.status());
        assertEquals(Set.of("missing-why"), kinds(view.json().get("advice")));
        // items the coach does not read answer as before
        Api.Reply strength = sw.post(people + "/strengths", "{\"description\":\"Knows everyone at the chapel\","
                + "\"language\":\"en\",\"outcomeIds\":[\"" + keepId + "\"]}");
        assertTrue(strength.toString(), strength.json().path("advice").isMissingNode());
    }

    @Test
    public void theDemosOwnGoodRecordingGetsNoAdvice() {
        Wait.forHealth();
        Api sw = Api.as("social-worker");
        List<String> advised = new ArrayList<>();
        for (String person : List.of("CC-100231", DOREEN, "CC-100402", "CC-100455", "CC-100512")) {
            String path = "/people/" + ScenariosIT.personId(person);
            for (JsonNode o : ScenariosIT.items(sw.get(path + "/outcomes").json())) {
                check(sw, o.get("ownWords").asText(), "outcome", o.get("language").asText(), advised);
            }
            for (JsonNode e : ScenariosIT.items(sw.get(path + "/entries").json())) {
                for (JsonNode part : e.path("parts")) {
                    if (!"own-words".equals(part.get("type").asText())) {
                        check(sw, part.get("text").asText(), "entry", null, advised);
                    }
                }
            }
            for (JsonNode d : ScenariosIT.items(sw.get(path + "/decisions").json())) {
                check(sw, d.get("why").asText(), "decision", null, advised);
            }
        }
        assertEquals(List.of(), advised);
    }

    private static void check(Api who, String text, String field, String language, List<String> advised) {
        JsonNode advice = advice(who, text, field, language).json().get("advice");
        if (advice.size() > 0) {
            advised.add(field + ": " + text + " " + kinds(advice));
        }
    }

    @Test
    public void theConsoleGivesTheSameAdvice() throws Exception {
        Wait.forHealth();
        String english = run("cofnod:coach --field outcome --lang en \"Attend day centre twice weekly\"");
        assertTrue(english, english.contains("service-not-outcome (principle 1) at 0-6: Attend"));
        assertTrue(english, english.contains("What will be different"));
        String welsh = run("cofnod:coach --field review --lang cy \"Dim newid.\"");
        assertTrue(welsh, welsh.contains("no-learning") && welsh.contains("Beth weithiodd"));
        assertTrue(run("cofnod:coach \"I want to walk my dog to the park\"").contains("No advice."));
    }

    /** Runs a console command; the command appears once the coach has warmed up and registered. */
    private String run(String command) throws Exception {
        long giveUp = System.currentTimeMillis() + 60_000;
        while (true) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            Session session = sessions.create(new ByteArrayInputStream(new byte[0]), print, print);
            try {
                session.execute(command);
                print.flush();
                return out.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                // gogo's CommandNotFoundException is private to the shell bundle: known by its name
                if (!"CommandNotFoundException".equals(e.getClass().getSimpleName())
                        || System.currentTimeMillis() > giveUp) {
                    throw e;
                }
                Thread.sleep(500);
            } finally {
                session.close();
            }
        }
    }
}
