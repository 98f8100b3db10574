package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Each kind of bad input black-box testing found breaking Cofnod, over real HTTP: every answer a 4xx problem
 * document naming the field, nothing of Java or its libraries in it, nothing half written.
 */
public class BadInputIT extends SharedCofnod {

    /** What no answer may show: Java classes and packages, stack frames, exceptions, library codes. */
    static final Pattern INTERNALS = Pattern.compile(
            "(?s).*(\\b(java|javax|com|org|cymru)\\.[a-z]+\\.|\\$[A-Z]|\\bat [a-z]+\\.|Exception|HAPI-\\d|\\(class ).*");
    private static final String HOME_CARE = "/agencies/gofal-da-homecare/inbox";
    private static final String SOCIAL_WORK = "/agencies/cardiff-council/inbox";
    private static final Api SW = Api.as("social-worker");

    /** A problem of this status that names this field, and nothing internal. */
    static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(reply.toString(), status, reply.status());
        assertEquals(reply.toString(), "application/problem+json", reply.header("Content-Type"));
        assertFalse("internals in " + reply, INTERNALS.matcher(reply.body()).matches());
        if (field != null) {
            List<String> fields = new ArrayList<>();
            reply.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertTrue(field + " named in " + reply, fields.contains(field));
        }
    }

    /** A person known to all three agencies by numbers of their own, seen by each for direct care. */
    private static String person(String name, int number) {
        Wait.forHealth();
        return AdaptersIT.person(name, nhsNumber(number), "CC-BI-" + number, "GD-BI-" + number);
    }

    /** A valid NHS number (its check digit right) of its own for each test. */
    static String nhsNumber(int number) {
        for (int n = number * 10; ; n++) {
            String digits = String.format("943476%03d", n % 1000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return digits + (check == 11 ? 0 : check);
            }
        }
    }

    private static int entries(String personId) {
        Api.Reply list = SW.get("/people/" + personId + "/entries?limit=500");
        assertEquals(list.toString(), 200, list.status());
        return list.json().get("items").size();
    }

    private static String visit(String text) {
        return "{\"kind\":\"visit\",\"parts\":[{\"type\":\"observation\",\"text\":\"" + text + "\"}]}";
    }

    @Test
    public void aBodyOfNullIsRefusedOnPostAndPut() {
        String id = person("Nia", 1);
        assertProblem(SW.post("/people", "null"), 400, "body");
        assertProblem(SW.post("/people/" + id + "/entries", "null"), 400, "body");
        Api.Reply added = SW.post("/people/" + id + "/entries", visit("Nia walked to the shop"));
        assertEquals(added.toString(), 201, added.status());
        assertProblem(SW.put("/people/" + id + "/entries/" + added.json().get("id").asText(), "null",
                added.header("ETag")), 400, "body");
        assertProblem(SW.put("/people/" + id, "null", "\"1\""), 400, "body");
        assertEquals(1, entries(id));
    }

    @Test
    public void datesOutsideSaneYearsAre422Everywhere() {
        String id = person("Gwen", 2);
        assertProblem(SW.post("/people/" + id + "/entries", "{\"kind\":\"visit\",\"occurredAt\":\"+99999-01-01T00:00:00Z\","
                + "\"parts\":[{\"type\":\"observation\",\"text\":\"x\"}]}"), 422, "occurredAt");
        assertProblem(SW.post("/people", "{\"givenName\":\"Old\",\"preferredLanguage\":\"en\",\"dateOfBirth\":\"1879-12-31\"}"),
                422, "dateOfBirth");
        assertProblem(SW.get("/people/" + id + "/timeline?from=%2B99999-01-01T00:00:00Z"), 422, "from");
        assertProblem(SW.get("/people/" + id + "/timeline?to=-0001-01-01T00:00:00Z"), 422, "to");
        assertProblem(Api.as("commissioner").purpose("commissioning").get("/reports/by-domain?from=%2B99999-01-01"),
                422, "from");
        assertProblem(SW.post("/meetings", "{\"personId\":\"" + id + "\",\"kind\":\"planning\",\"heldOn\":\"-0001-01-01\"}"),
                422, "heldOn");
        assertEquals(0, entries(id));
    }

    @Test
    public void anInboxCsvKeepsItsGoodRowsAndQuarantinesTheBadOneWhateverElseIsInIt() {
        String id = person("Huw", 3);
        String csv = "id,person,date,from,note\n"
                + "BI-V-1,GD-BI-3,2026-06-10,11:00,Huw had his lunch\n"
                + "BI-V-2,GD-BI-3,+99999-01-01,11:00,a date no visit has\n"
                + "BI-V-3,GD-BI-3,2026-06-11,11:00,Huw went to the library\n";
        Api.Reply reply = Api.as("home-carer").post(HOME_CARE, "text/csv", AdaptersIT.bytes(csv));
        assertEquals(reply.toString(), 200, reply.status());
        assertEquals(2, reply.json().get("accepted").size());
        JsonNode quarantined = reply.json().get("quarantined");
        assertEquals(1, quarantined.size());
        assertEquals("BI-V-2", quarantined.get(0).get("sourceKey").asText());
        assertFalse(reply.body(), INTERNALS.matcher(reply.body()).matches());
        assertEquals(2, entries(id));
    }

    @Test
    public void twoSendersOfOnePayloadAtOnceBothGet200AndEachRowLandsOnce() {
        String id = person("Eleri", 4);
        StringBuilder csv = new StringBuilder("id,person,date,from,note\n");
        for (int i = 0; i < 300; i++) {
            csv.append("BI-T-").append(i).append(",GD-BI-4,2026-06-10,11:00,note ").append(i).append('\n');
        }
        byte[] payload = AdaptersIT.bytes(csv.toString());
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<Api.Reply>> senders = List.of(
                    CompletableFuture.supplyAsync(() -> Api.as("home-carer").post(HOME_CARE, "text/csv", payload)),
                    CompletableFuture.supplyAsync(() -> Api.as("home-carer").post(HOME_CARE, "text/csv", payload)));
            int accepted = 0;
            for (CompletableFuture<Api.Reply> sender : senders) {
                Api.Reply reply = sender.join();
                assertEquals(reply.toString(), 200, reply.status());
                JsonNode report = reply.json();
                assertEquals(0, report.get("quarantined").size());
                assertEquals(300, report.get("accepted").size() + report.get("duplicate").size());
                accepted += report.get("accepted").size();
            }
            assertEquals("each row accepted once in all", round == 0 ? 300 : 0, accepted);
        }
        assertEquals(300, entries(id));
    }

    @Test
    public void idsAreShapedBeforeAnyWork() {
        String id = person("Iolo", 5);
        assertProblem(SW.get("/people/" + "x".repeat(37)), 400, "id");
        assertProblem(SW.get("/people/" + "x".repeat(10_000)), 414, null);
        assertProblem(SW.get("/people/" + id + "/entries/a%20b"), 400, "itemId");
        assertProblem(SW.post("/people/" + id + "/decisions", "{\"what\":\"w\",\"why\":\"y\",\"outcomeIds\":[\""
                + "o".repeat(40) + "\"]}"), 422, "outcomeIds[0]");
        Api.Reply hugeKey = Api.as("social-worker").post(SOCIAL_WORK, "application/json", AdaptersIT.bytes(
                "{\"people\":[{\"id\":\"" + "k".repeat(10_000) + "\",\"localAuthorityId\":\"CC-BI-9\",\"givenName\":\"K\","
                        + "\"preferredLanguage\":\"cy\"}]}"));
        assertEquals(hugeKey.toString(), 200, hugeKey.status());
        assertTrue(hugeKey.body(), hugeKey.json().get("quarantined").get(0).get("reason").asText().contains("longer than"));
    }

    @Test
    public void itemsWithinFieldLimitsThatOverflowTheirStorageTogetherAre422() {
        String id = person("Siôn", 6);
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            parts.append(i == 0 ? "" : ",").append("{\"type\":\"observation\",\"text\":\"").append("p".repeat(8000)).append("\"}");
        }
        assertProblem(SW.post("/people/" + id + "/entries", "{\"kind\":\"visit\",\"parts\":[" + parts + "]}"), 422, "entry");
        String outcome = SW.post("/people/" + id + "/outcomes", "{\"ownWords\":\"to walk\",\"language\":\"en\","
                + "\"type\":\"change\"}").json().get("id").asText();
        StringBuilder alternatives = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            alternatives.append(i == 0 ? "" : ",").append("{\"option\":\"").append("a".repeat(2000))
                    .append("\",\"whyNot\":\"").append("b".repeat(2000)).append("\"}");
        }
        assertProblem(SW.post("/people/" + id + "/decisions", "{\"what\":\"w\",\"why\":\"y\",\"outcomeIds\":[\"" + outcome
                + "\"],\"alternatives\":[" + alternatives + "]}"), 422, "decision");
        assertProblem(SW.post("/people/" + id + "/reviews", "{\"results\":[{\"outcomeId\":\"" + outcome
                + "\",\"result\":\"progressing\",\"learnt\":\"" + "l".repeat(5000) + "\"}]}"), 422, "results[0].learnt");
        assertEquals(0, entries(id));
    }

    @Test
    public void textMustBeWellFormedUtf8AndNumbersNumbers() {
        String id = person("Mair", 7);
        assertProblem(SW.post("/people/" + id + "/entries", visit("\\ud800")), 400, "parts[0].text");
        byte[] invalid = ("{\"kind\":\"visit\",\"parts\":[{\"type\":\"observation\",\"text\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[invalid.length + 5];
        System.arraycopy(invalid, 0, body, 0, invalid.length);
        body[invalid.length] = (byte) 0xff;
        body[invalid.length + 1] = (byte) 0xfe;
        System.arraycopy("\"}]}".getBytes(StandardCharsets.UTF_8), 0, body, invalid.length + 2, 3);
        Api.Reply badBytes = SW.post("/people/" + id + "/entries", "application/json", body);
        assertEquals(badBytes.toString(), 400, badBytes.status());
        for (String rating : List.of("1.5", "\"5\"", "true")) {
            assertProblem(SW.post("/people/" + id + "/entries", "{\"kind\":\"visit\",\"parts\":[{\"type\":\"observation\","
                    + "\"text\":\"x\"}],\"progress\":{\"rating\":" + rating + ",\"narrative\":\"n\"}}"), 400, "progress.rating");
        }
        assertProblem(SW.post("/people/" + id + "/entries", "{\"kind\":\"visit\",\"kind\":\"visit\",\"parts\":[]}"), 400, "kind");
        assertProblem(SW.post("/people", "{\"givenName\":\"X\",\"preferredLanguage\":\"en\",\"x\":1}"), 400, "x");
        assertProblem(SW.post("/people", "{\"givenName\":\"X\",\"preferredLanguage\":\"en\",\"dateOfBirth\":\"1990-02-30\"}"),
                400, "dateOfBirth");
        Api.Reply timeline = SW.get("/people/" + id + "/timeline");
        assertEquals(timeline.toString(), 200, timeline.status());
        assertNotNull("one JSON document", timeline.json());
        assertEquals(0, entries(id));
    }

    @Test
    public void pagingGarbageIs400() {
        String id = person("Owain", 8);
        assertProblem(SW.get("/people?limit=abc"), 400, "limit");
        assertProblem(SW.get("/people/" + id + "/timeline?limit=0"), 400, "limit");
        assertProblem(SW.get("/people/" + id + "/timeline?cursor=%25%25%25"), 400, "cursor");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "999999999999.0|3f2b8c1e-0a9d-4c57-9b1a-2f0e6d4c8a71".getBytes(StandardCharsets.UTF_8));
        assertProblem(SW.get("/people/" + id + "/timeline?cursor=" + forged), 400, "cursor");
        assertProblem(SW.get("/meetings?person=" + id + "&cursor=nope"), 400, "cursor");
    }

    @Test
    public void theContainerAnswersProblemsToo() {
        Wait.forHealth();
        Api.Reply klingon = SW.post("/people", "application/json; charset=klingon", AdaptersIT.bytes("{}"));
        assertProblem(klingon, 415, "Content-Type");
        assertProblem(SW.post("/people", "garbage", AdaptersIT.bytes("{}")), 415, "Content-Type");
        String api = "/cofnod/api/v1";
        for (RawHttp.Answer answer : List.of(
                RawHttp.send("TRACE " + api + "/health HTTP/1.1"),
                RawHttp.send("GET " + api + "/heal%00th HTTP/1.1"),
                RawHttp.send("GET " + api + "/health?q=" + "a".repeat(20_000) + " HTTP/1.1"),
                RawHttp.send("GET " + api + "/health HTTP/1.1\r\nX-Big: " + "b".repeat(20_000)))) {
            assertTrue(answer.head(), answer.status() >= 400 && answer.status() < 500);
            assertTrue(answer.head(), answer.isProblem());
            assertFalse(answer.body(), INTERNALS.matcher(answer.body()).matches());
        }
    }

    @Test
    public void theServiceIsNotDescribedToAnyoneAndHealthSaysOnlyUpOrDown() {
        Wait.forHealth();
        Api.Reply open = Api.anonymous().get("/health");
        assertEquals("{\"status\":\"UP\"}", open.body());
        assertEquals("no-store", open.header("Cache-Control"));
        assertEquals("nosniff", open.header("X-Content-Type-Options"));
        assertTrue(Api.as("admin").get("/health").json().has("bundles"));
        assertFalse(SW.get("/health").json().has("bundles"));
        assertProblem(Api.anonymous().get("/health?_wadl"), 404, null);
        assertProblem(SW.get("/people?_wadl"), 404, null);
        RawHttp.Answer listing = RawHttp.send("GET /cofnod/api/ HTTP/1.1");
        assertEquals(404, listing.status());
        assertTrue(listing.isProblem());
        Api.Reply refused = SW.get("/people/nobody");
        assertEquals("no-store", refused.header("Cache-Control"));
        assertEquals("nosniff", refused.header("X-Content-Type-Options"));
    }

    @Test
    public void quarantineReasonsAreInPlainWords() {
        person("Rhys", 10);
        List<Api.Reply> replies = List.of(
                Api.as("social-worker").post(SOCIAL_WORK, "application/json", AdaptersIT.bytes(
                        "{\"conversations\":[{\"id\":\"C-1\",\"person\":\"CC-BI-10\",\"surprise\":1}]}")),
                Api.as("home-carer").post(HOME_CARE, "text/csv", AdaptersIT.bytes("id,person,date,from,note\n\"broken,x\n")),
                Api.as("physio").post("/agencies/cardiff-vale-uhb/inbox", "application/fhir+json", AdaptersIT.bytes(
                        "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"sometimes\",\"wrong\":[1]}")));
        for (Api.Reply reply : replies) {
            assertEquals(reply.toString(), 200, reply.status());
            assertTrue(reply.body(), reply.json().get("quarantined").size() > 0);
            assertFalse(reply.body(), INTERNALS.matcher(reply.body()).matches());
            assertFalse(reply.body(), reply.body().contains("CSVException") || reply.body().contains("Conversation"));
        }
    }
}
