package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.Test;

/**
 * The NOF end to end over HTTP in one container: the catalogue and its versions, Oliver's nine lines
 * tagged, personalised statements, and commissioners' reports that never name anyone.
 */
public class NofIT extends SharedCofnod {

    private static final String OLIVER = "CC-100455";

    @Test
    public void catalogueIsVersionedAndShowsEnglishUntilWelshIsWritten() {
        Wait.forHealth();
        Api commissioner = Api.as("commissioner");
        JsonNode domains = commissioner.get("/nof/domains").json();
        assertEquals(12, domains.size());
        JsonNode forChildren = commissioner.get("/nof/statements?domain=WB07&appliesTo=children").json();
        Set<String> codes = new HashSet<>();
        forChildren.forEach(s -> codes.add(s.get("code").asText()));
        assertEquals(Set.of("WB07.1", "WB07.2", "WB07.4"), codes);
        JsonNode belong = commissioner.get("/nof/catalogue/WB06.1?lang=cy").json();
        assertTrue(belong.get("welshPending").asBoolean());
        assertEquals(belong.get("textEn").asText(), belong.get("text").asText());

        String welsh = "{\"textCy\":\"Rwy'n cymryd rhan ac yn cyfrannu at fy nghymuned.\",\"note\":\"Welsh reviewed\"}";
        assertEquals(403, Api.as("social-worker").put("/nof/catalogue/WB06.1", welsh, null).status());
        assertEquals(422, Api.as("admin").put("/nof/catalogue/WB06.1", "{\"note\":\"nothing\"}", null).status());
        assertEquals(404, Api.as("admin").put("/nof/catalogue/WB99.1", welsh, null).status());
        Api.Reply corrected = Api.as("admin").put("/nof/catalogue/WB06.1", welsh, null);
        assertEquals(corrected.toString(), 200, corrected.status());
        long version = corrected.json().get("catalogueVersion").asLong();
        assertTrue(version >= 2);
        JsonNode now = commissioner.get("/nof/catalogue/WB06.1?lang=cy").json();
        assertFalse(now.get("welshPending").asBoolean());
        assertEquals("Rwy'n cymryd rhan ac yn cyfrannu at fy nghymuned.", now.get("text").asText());
        assertTrue(commissioner.get("/nof/catalogue/WB06.1?lang=cy&version=1").json().get("welshPending").asBoolean());
        assertEquals(version, commissioner.get("/nof/catalogue/versions").json().size());
    }

    @Test
    public void eachOfOliversNineLinesIsTaggedBesideHisWords() {
        Wait.forHealth();
        String oliver = ScenariosIT.personId(OLIVER);
        Api sw = Api.as("social-worker");
        List<JsonNode> outcomes = ScenariosIT.items(sw.get("/people/" + oliver + "/outcomes").json());
        assertEquals(9, outcomes.size());
        for (JsonNode o : outcomes) {
            String path = "/people/" + oliver + "/outcomes/" + o.get("id").asText() + "/nof";
            JsonNode suggestions = sw.get(path + "/suggestions").json();
            assertTrue(o.get("ownWords").asText() + " has a suggestion", suggestions.size() > 0);
            assertEquals("suggestions are not applied", 0, sw.get(path).json().size());
            String code = suggestions.get(0).get("statement").get("code").asText();
            Api.Reply tagged = sw.post(path, "{\"codes\":[\"" + code + "\"]}");
            assertEquals(tagged.toString(), 200, tagged.status());
            assertEquals(code, sw.get(path).json().get(0).get("code").asText());
            assertEquals(o.get("ownWords").asText(),
                    sw.get("/people/" + oliver + "/outcomes/" + o.get("id").asText()).json().get("ownWords").asText());
        }
        String first = "/people/" + oliver + "/outcomes/" + outcomes.get(0).get("id").asText() + "/nof";
        assertEquals(422, sw.post(first, "{\"codes\":[\"WB02\"]}").status());
        assertEquals(403, Api.as("commissioner").post(first, "{\"codes\":[\"WB02.1\"]}").status());
        assertEquals(404, sw.post("/people/" + oliver + "/outcomes/00000000-0000-0000-0000-000000000000/nof",
                "{\"codes\":[\"WB02.1\"]}").status());
        // the facts followed: nine tagged outcomes, one person, shown by the rule
        JsonNode total = Wait.until(() -> Api.as("commissioner").get("/reports/by-domain"),
                r -> r.status() == 200 && r.json().get("total").get("outcomes").asInt() >= 10).json().get("total");
        assertTrue(total.get("outcomes").isNumber());
    }

    @Test
    public void commissionersWriteTheirOwnStatementsInWelshAndEnglish() {
        Wait.forHealth();
        Api commissioner = Api.as("commissioner");
        Api.Reply created = commissioner.post("/commissioning/statements", "{\"textEn\":\"People can get to the places "
                + "that matter to them\",\"textCy\":\"Gall pobl gyrraedd y lleoedd sy'n bwysig iddyn nhw\","
                + "\"codes\":[\"WB04.2\",\"WB02\"]}");
        assertEquals(created.toString(), 201, created.status());
        assertEquals("\"1\"", created.header("ETag"));
        String path = "/commissioning/statements/" + created.json().get("id").asText();
        assertEquals("Gall pobl gyrraedd y lleoedd sy'n bwysig iddyn nhw",
                commissioner.get(path + "?lang=cy").json().get("text").asText());
        Api.Reply revised = commissioner.put(path, "{\"textEn\":\"People get to the places that matter to them\","
                + "\"codes\":[\"WB04.2\"]}", "\"1\"");
        assertEquals(revised.toString(), 200, revised.status());
        assertTrue(revised.json().get("welshPending").asBoolean());
        assertEquals(412, commissioner.put(path, "{\"textEn\":\"x\",\"codes\":[\"WB04\"]}", "\"1\"").status());
        assertEquals(2, commissioner.get(path + "/history").json().size());
        assertEquals(422, commissioner.post("/commissioning/statements", "{\"codes\":[\"WB77\"]}").status());
        assertEquals(403, Api.as("social-worker").post("/commissioning/statements",
                "{\"textEn\":\"x\",\"codes\":[\"WB04\"]}").status());
        JsonNode report = commissioner.get("/reports/by-domain?cut=personalised").json();
        boolean listed = false;
        for (JsonNode row : report.get("rows")) {
            listed |= row.get("code").asText().equals(created.json().get("id").asText());
        }
        assertTrue(listed);
    }

    @Test
    public void commissionersSeeReportsAndNeverAPersonsRecord() {
        Wait.forHealth();
        String oliver = ScenariosIT.personId(OLIVER);
        Api commissioner = Api.as("commissioner").purpose("commissioning");
        assertTrue(Set.of(403, 404).contains(commissioner.get("/people/" + oliver).status()));
        assertTrue(Set.of(403, 404).contains(commissioner.get("/people/" + oliver + "/outcomes").status()));
        assertTrue(Set.of(403, 404).contains(commissioner.get("/people/" + oliver + "/timeline").status()));
        assertEquals(403, Api.as("social-worker").get("/reports/by-domain").status());
        assertEquals(403, Api.as("rhodri").get("/reports/by-domain").status());
        assertEquals(422, commissioner.get("/reports/by-domain?cut=postcode").status());
        assertEquals(422, commissioner.get("/reports/by-domain?from=last-week").status());

        Api.Reply csv = commissioner.get("/reports/by-domain?by=agency", "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        // a byte order mark first, so that a spreadsheet reads the Welsh letters as UTF-8
        assertTrue(csv.body().startsWith("\uFEFFcut,code,label,breakdown,people,outcomes"));
        assertTrue(csv.body().contains("domain,WB02,"));
        // a plain link asks for it with format=csv, the same filters applied, suppressed as in JSON
        Api.Reply linked = commissioner.get("/reports/by-domain?by=agency&agency=cardiff-council&period=year&format=csv");
        assertEquals(200, linked.status());
        assertTrue(linked.header("Content-Type").startsWith("text/csv"));
        assertTrue(linked.header("Content-Disposition").startsWith("attachment"));
        JsonNode filtered = commissioner.get("/reports/by-domain?by=agency&agency=cardiff-council&period=year").json();
        List<String> lines = List.of(linked.body().split("\r\n"));
        for (JsonNode row : filtered.path("rows")) {
            assertTrue(row + " in " + linked.body(), lines.stream().anyMatch(l -> l.startsWith("domain," + row.path("code").asText() + ",")
                    && l.endsWith("," + row.path("breakdown").asText() + "," + row.path("people").asText() + ","
                    + row.path("outcomes").asText())));
        }
        assertEquals(422, commissioner.get("/reports/by-domain?format=xlsx").status());
        assertEquals("application/json", commissioner.get("/reports/by-domain").header("Content-Type"));

        assertEquals(403, commissioner.post("/reports/facts/rebuild", null).status());
        Api.Reply rebuilt = Api.as("admin").post("/reports/facts/rebuild", null);
        assertEquals(rebuilt.toString(), 200, rebuilt.status());
        assertTrue(rebuilt.json().get("outcomesRead").asInt() >= 9);
    }

    /**
     * Every report, in every cut, breakdown, language and format, scanned for anything that could name
     * a demo person (names, ids, identifiers, dates of birth); people's words appear only as stories, and
     * only from those whose consent covers commissioning (Oliver in the demo data, and two of five more
     * people who want a job), and only beside groups of five people or more.
     */
    @Test
    public void noReportNamesAnyoneAndOnlyConsentingPeopleTellStories() {
        Wait.forHealth();
        Api sw = Api.as("social-worker");
        tagKevinsOutcomes(sw);
        Set<String> consenting = fivePeopleWhoWantAJob(sw);
        String oliver = ScenariosIT.personId(OLIVER);
        Set<String> identifying = new HashSet<>();
        Set<String> otherWords = new HashSet<>();
        for (JsonNode p : sw.get("/people?limit=500").json().get("items")) {
            String id = p.get("id").asText();
            identifying.add(id);
            for (String field : new String[] {"givenName", "familyName", "preferredName", "dateOfBirth"}) {
                if (p.hasNonNull(field) && p.get(field).asText().length() > 2) {
                    identifying.add(p.get(field).asText());
                }
            }
            p.path("identifiers").forEach(i -> identifying.add(i.asText()));
            Api.Reply outcomes = sw.get("/people/" + id + "/outcomes?limit=500");
            if (outcomes.status() == 200) {
                for (JsonNode o : outcomes.json().get("items")) {
                    identifying.add(o.get("id").asText());
                    if (id.equals(oliver)) {
                        consenting.add(o.get("ownWords").asText());
                    } else if (!consenting.contains(o.get("ownWords").asText())) {
                        otherWords.add(o.get("ownWords").asText());
                    }
                }
            }
        }
        assertTrue(identifying.size() > 20);
        identifying.addAll(otherWords);
        Api commissioner = Api.as("commissioner").purpose("commissioning");
        List<String> outputs = new ArrayList<>();
        int stories = 0;
        for (String cut : new String[] {"domain", "statement", "personalised"}) {
            for (String by : new String[] {"", "&by=agency", "&by=type", "&by=reviewResult", "&by=period&period=month",
                                           "&by=period&period=year"}) {
                for (String lang : new String[] {"", "&lang=cy"}) {
                    String path = "/reports/by-domain?cut=" + cut + by + lang;
                    Api.Reply json = commissioner.get(path);
                    assertEquals(path, 200, json.status());
                    for (JsonNode story : json.json().path("stories")) {
                        assertTrue(story.toString(), consenting.contains(story.get("words").asText()));
                        stories++;
                    }
                    outputs.add(json.body());
                    outputs.add(commissioner.get(path, "text/csv").body());
                }
            }
        }
        assertTrue("the people who agreed tell stories", stories > 0);
        for (String output : outputs) {
            String lower = output.toLowerCase(Locale.ROOT);
            for (String s : identifying) {
                assertFalse("a report shows '" + s + "'", lower.contains(s.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /**
     * Five more people whose outcome is a job, tagged as supported to work (WB07.3); two of them let their
     * words stand beside the numbers. Returns the words that may appear as stories.
     */
    private static Set<String> fivePeopleWhoWantAJob(Api sw) {
        Set<String> consenting = new HashSet<>();
        String[] words = {"I want a job in a cafe", "I want paid work in a garden centre", "I want to work with animals",
                          "I want a job at the library", "I want to work in a shop near home"};
        for (int i = 0; i < words.length; i++) {
            String person = sw.post("/people", "{\"givenName\":\"Jobseeker" + i + "\",\"familyName\":\"Llewellyn\","
                    + "\"preferredLanguage\":\"en\",\"dateOfBirth\":\"1999-0" + (i + 1) + "-2" + i + "\"}")
                    .json().get("id").asText();
            String outcome = sw.post("/people/" + person + "/outcomes", "{\"ownWords\":\"" + words[i]
                    + "\",\"language\":\"en\",\"type\":\"change\"}").json().get("id").asText();
            assertEquals(200, sw.post("/people/" + person + "/outcomes/" + outcome + "/nof", "{\"codes\":[\"WB07.3\"]}")
                    .status());
            if (i < 2) {
                Api.Reply given = sw.post("/people/" + person + "/consents", "{\"givenBy\":{\"kind\":\"person\"},"
                        + "\"grantee\":{\"kind\":\"agency\",\"agency\":\"cardiff-council\"},"
                        + "\"purposes\":[\"commissioning\"],\"categories\":[\"outcomes-and-plans\"],\"how\":\"verbal\"}");
                assertEquals(given.toString(), 201, given.status());
                consenting.add(words[i]);
            }
        }
        return consenting;
    }

    /** Kevin's six outcomes tagged as suggested, so that the reports scanned hold counts from the demo data. */
    private static void tagKevinsOutcomes(Api sw) {
        String kevin = ScenariosIT.personId("CC-100512");
        for (JsonNode o : ScenariosIT.items(sw.get("/people/" + kevin + "/outcomes").json())) {
            String path = "/people/" + kevin + "/outcomes/" + o.get("id").asText() + "/nof";
            JsonNode suggestions = sw.get(path + "/suggestions").json();
            if (suggestions.size() > 0) {
                assertEquals(200, sw.post(path, "{\"codes\":[\"" + suggestions.get(0).get("statement").get("code")
                        .asText() + "\"]}").status());
            }
        }
    }
}
