package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.junit.Test;

/**
 * Thousands of generated bad inputs across every write endpoint and every adapter's inbox, in one container:
 * wrong types, huge strings, deep nesting, dates out of range, bad ids, charsets, invalid UTF-8, lone
 * surrogates, duplicate and unknown fields, nulls, truncated bodies, paging garbage. No answer may be a 5xx;
 * every refusal is a problem document (naming the field for 400 and 422) showing nothing internal; the record
 * holds exactly what was acknowledged; {@code /health} is UP after. The seed is fixed
 * ({@code -Dcofnod.fuzz.seed} changes it, {@code -Dcofnod.fuzz.inputs} the number of inputs).
 */
public class FuzzIT extends SharedCofnod {

    private static final long SEED = Long.getLong("cofnod.fuzz.seed", 20261201L);
    private static final int INPUTS = Integer.getInteger("cofnod.fuzz.inputs", 3000);
    private static final String[] BAD_DATES = {"+99999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2026-02-30",
        "1899-12-31T23:59:59Z", "yesterday", "+99999-01-01", "-0001-01-01", "0000-00-00"};
    private static final String[] BAD_IDS = {"x".repeat(37), "k".repeat(10_000), "../../etc/passwd", "a b", "%00",
        "ü", "'; drop table x; --", ""};
    private static final String[] CONTENT_TYPES = {"application/json; charset=klingon", "application/json; charset=latin1",
        "garbage", "application/json; charset=\"utf-16\"", "text/plain", "/", "application/json;charset="};

    private final Random random = new Random(SEED);
    private final TreeMap<String, Integer> tally = new TreeMap<>();
    private final Set<String> acknowledged = new HashSet<>();
    private String person;
    private String outcome;
    private String entry;

    /** A write the fuzzer aims at: who sends it, where, in which media type, and a body it starts from. */
    private record Target(String user, String method, String path, String type, String body) {
    }

    @Test
    public void badInputNeverBreaksCofnod() {
        Wait.forHealth();
        Wait.until(() -> Api.as("physio").get("/agencies"),
                r -> r.status() == 200 && r.body().split("\"health\":\"up\"").length == 4);
        person = AdaptersIT.person("Ffion", "9434765811", "CC-FZ-1", "GD-FZ-1");
        outcome = created(Api.as("social-worker").post("/people/" + person + "/outcomes",
                "{\"ownWords\":\"I want to walk to the shop\",\"language\":\"en\",\"type\":\"change\"}"));
        entry = created(Api.as("social-worker").post("/people/" + person + "/entries",
                "{\"kind\":\"visit\",\"parts\":[{\"type\":\"observation\",\"text\":\"first\"}]}"));
        List<Target> targets = targets();
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            send(i, random.nextInt(5) == 0 ? query(target) : target, random.nextInt(14));
        }
        holdsExactlyWhatWasAcknowledged();
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(health.toString(), "UP", health.json().get("status").asText());
        System.out.printf("FuzzIT inputs=%d 5xx=%d notProblem=%d unnamed=%d internals=%d partial=%d dropped=%d"
                        + " written=%d seed=%d seconds=%d%n", INPUTS, count("5xx"), count("notProblem"), count("unnamed"),
                count("internals"), count("partial"), count("dropped"), acknowledged.size(), SEED,
                (System.nanoTime() - started) / 1_000_000_000L);
        System.out.println("FuzzIT answers " + tally);
        for (String failure : List.of("5xx", "notProblem", "unnamed", "internals", "partial")) {
            assertEquals(failure + " (seed " + SEED + ")", 0, count(failure));
        }
    }

    private List<Target> targets() {
        String p = "/people/" + person;
        String visitCsv = "id,person,date,from,note\n%KEY%,GD-FZ-1,2026-06-10,11:00,a visit\n";
        return List.of(
                new Target("social-worker", "POST", "/people", "application/json",
                        "{\"givenName\":\"F\",\"familyName\":\"Z\",\"preferredLanguage\":\"en\",\"dateOfBirth\":\"1950-01-01\"}"),
                new Target("social-worker", "PUT", p, "application/json",
                        "{\"givenName\":\"Ffion\",\"preferredLanguage\":\"cy\",\"identifiers\":{\"localAuthorityId\":\"CC-FZ-1\"}}"),
                new Target("social-worker", "POST", p + "/entries", "application/json",
                        "{\"kind\":\"visit\",\"occurredAt\":\"2026-06-10T11:00:00+01:00\",\"outcomeIds\":[\"" + outcome
                                + "\"],\"parts\":[{\"type\":\"observation\",\"text\":\"walked\"}],"
                                + "\"progress\":{\"rating\":5,\"narrative\":\"better\"}}"),
                new Target("social-worker", "PUT", p + "/entries/" + entry, "application/json",
                        "{\"kind\":\"visit\",\"parts\":[{\"type\":\"opinion\",\"text\":\"t\",\"whose\":\"mine\"}]}"),
                new Target("social-worker", "POST", p + "/outcomes", "application/json",
                        "{\"ownWords\":\"to garden\",\"language\":\"en\",\"type\":\"maintenance\"}"),
                new Target("social-worker", "POST", p + "/strengths", "application/json",
                        "{\"description\":\"kind\",\"language\":\"en\",\"outcomeIds\":[\"" + outcome + "\"]}"),
                new Target("social-worker", "POST", p + "/risks", "application/json",
                        "{\"description\":\"falls\",\"language\":\"en\",\"whatNeedsToHappen\":\"rails\"}"),
                new Target("social-worker", "POST", p + "/decisions", "application/json",
                        "{\"what\":\"w\",\"why\":\"y\",\"outcomeIds\":[\"" + outcome
                                + "\"],\"alternatives\":[{\"option\":\"a\",\"whyNot\":\"b\"}]}"),
                new Target("social-worker", "POST", p + "/reviews", "application/json",
                        "{\"results\":[{\"outcomeId\":\"" + outcome + "\",\"result\":\"progressing\",\"learnt\":\"l\"}]}"),
                new Target("social-worker", "POST", p + "/perspectives", "application/json",
                        "{\"aboutId\":\"" + outcome + "\",\"whose\":{\"role\":\"person\"},\"view\":\"v\",\"language\":\"en\"}"),
                new Target("social-worker", "POST", p + "/profile", "application/json",
                        "{\"importantToMe\":[{\"text\":\"tea\",\"language\":\"en\"}]}"),
                new Target("social-worker", "POST", p + "/entries/" + entry + "/withdraw", "application/json",
                        "{\"reason\":\"entered in error\"}"),
                new Target("social-worker", "POST", p + "/consents", "application/json",
                        "{\"givenBy\":{\"kind\":\"person\"},\"grantee\":{\"kind\":\"agency\",\"agency\":\"cardiff-council\"},"
                                + "\"purposes\":[\"direct-care\"],\"categories\":[\"entries\"],\"validUntil\":"
                                + "\"2027-01-01T00:00:00Z\",\"how\":\"verbal\"}"),
                new Target("physio", "POST", p + "/break-glass", "application/json", "{\"reason\":\"bruising seen\"}"),
                new Target("social-worker", "POST", p + "/outcomes/" + outcome + "/nof", "application/json",
                        "{\"codes\":[\"WB02.1\"]}"),
                new Target("social-worker", "POST", "/meetings", "application/json",
                        "{\"personId\":\"" + person + "\",\"kind\":\"planning\",\"heldOn\":\"2026-06-10\",\"language\":\"en\","
                                + "\"parties\":[{\"name\":\"Ffion\",\"role\":\"person\",\"view\":{\"whatMatters\":\"tea\"}},"
                                + "{\"name\":\"SW\",\"role\":\"practitioner\",\"agency\":\"cardiff-council\","
                                + "\"view\":{\"worries\":\"falls\"}}],\"outcomesAgreed\":[{\"outcomeId\":\"" + outcome
                                + "\"}],\"actions\":[{\"what\":\"call\",\"owner\":\"SW\",\"due\":\"2026-07-01\"}],"
                                + "\"nextReview\":\"2026-09-01\"}"),
                new Target("home-carer", "POST", "/agencies/gofal-da-homecare/inbox", "text/csv", visitCsv),
                new Target("home-carer", "POST", "/agencies/gofal-da-homecare/inbox", "application/json",
                        "{\"visits\":[{\"id\":\"%KEY%\",\"person\":\"GD-FZ-1\",\"from\":\"2026-10-07T11:45:00+01:00\","
                                + "\"note\":\"lunch at church\"}]}"),
                new Target("social-worker", "POST", "/agencies/cardiff-council/inbox", "application/json",
                        "{\"conversations\":[{\"id\":\"%KEY%\",\"person\":\"CC-FZ-1\",\"at\":\"2026-06-10T11:00:00+01:00\","
                                + "\"whatMatters\":\"seeing friends\"}]}"),
                new Target("physio", "POST", "/agencies/cardiff-vale-uhb/inbox", "application/fhir+json",
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":"
                                + "\"Patient\",\"id\":\"p1\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\","
                                + "\"value\":\"9434765811\"}]}},{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"%KEY%\","
                                + "\"status\":\"final\",\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":"
                                + "\"2026-06-10T11:00:00+01:00\",\"valueString\":\"walked 20 m\"}}]}"));
    }

    /** The same endpoint read as a list, with paging and filters to spoil. */
    private Target query(Target target) {
        String[] lists = {"/people/" + person + "/timeline", "/people/" + person + "/entries", "/people",
            "/meetings?person=" + person, "/quarantine", "/people/" + person + "/access-log",
            "/reports/by-domain"};
        String list = lists[random.nextInt(lists.length)];
        String[] parameters = {"limit=abc", "limit=-1", "limit=99999999999", "cursor=OTk5OTk5OTk5OTk5LjB8YWJj",
            "cursor=%ff%fe", "from=%2B99999-01-01T00:00:00Z", "to=-0001-01-01", "from=2026-02-30",
            "outcome=" + "o".repeat(50), "agency=%00", "kind=" + "k".repeat(300), "limit=1.5", "version=abc",
            "cut=%ED%A0%80", "cursor=" + inUrl(pick(BAD_IDS))};
        String user = list.startsWith("/reports") ? "commissioner" : target.user();
        return new Target(user, "GET", list + (list.contains("?") ? "&" : "?") + pick(parameters), null, null);
    }

    private void send(int input, Target target, int mutation) {
        String key = "FZ-" + input;
        String body = target.body() == null ? null : target.body().replace("%KEY%", key);
        String type = target.type();
        String path = target.path();
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        switch (mutation) {
            case 0 -> bytes = utf8(replaceValue(body, pick(new String[] {"1", "\"x\"", "true", "[]", "{}", "null", "1.5",
                "-1e999", "\"5\""})));
            case 1 -> bytes = utf8(replaceValue(body, "\"" + "a".repeat(pick(new int[] {5_000, 40_000, 300_000})) + "\""));
            case 2 -> bytes = utf8(replaceValue(body, "[".repeat(1_500) + "]".repeat(1_500)));
            case 3 -> bytes = utf8(replaceDate(body, pick(BAD_DATES)));
            case 4 -> path = path.replace(person, inUrl(pick(BAD_IDS)));
            case 5 -> type = pick(CONTENT_TYPES);
            case 6 -> bytes = invalidUtf8(bytes);
            case 7 -> bytes = utf8(replaceValue(body, pick(new String[] {"\"\\ud800\"", "\"a\\udfffb\"", "\"\\u0000\""})));
            case 8 -> bytes = utf8(body == null ? null : body.replaceFirst("\\{\"([a-zA-Z]+)\":", "{\"$1\":1,\"$1\":"));
            case 9 -> bytes = utf8(body == null ? null : body.replaceFirst("\\{", "{\"surprise\":1,"));
            case 10 -> bytes = utf8(random.nextBoolean() ? "null" : replaceValue(body, "null"));
            case 11 -> bytes = utf8(body == null ? null : body.substring(0, random.nextInt(body.length() + 1)) + "\"");
            case 12 -> bytes = utf8(body == null ? null : body + " {\"again\":true}");
            default -> bytes = utf8(body == null ? null : body.replace("\"a visit\"", "\"a\u0000visit\"")
                    .replaceFirst(":\"([^\"]*)\"", ":\"$1\\\\u0007\\\\r\""));
        }
        Api.Reply reply;
        try {
            reply = Api.as(target.user()).send(target.method(), path, bytes, type,
                    "PUT".equals(target.method()) ? "\"1\"" : null);
        } catch (IllegalStateException e) {
            // the connection closed before the client had read an answer (a refusal sent before a large body was
            // all sent): counted and shown, since no status was seen
            tally.merge("dropped", 1, Integer::sum);
            return;
        }
        check(target, reply);
    }

    private void check(Target target, Api.Reply reply) {
        int status = reply.status();
        tally.merge(target.method() + " " + status, 1, Integer::sum);
        if (status >= 500) {
            fail("5xx", target, reply);
            return;
        }
        if (status < 300) {
            noteWritten(target, reply);
            return;
        }
        if (!"application/problem+json".equals(reply.header("Content-Type"))) {
            fail("notProblem", target, reply);
        } else if ((status == 400 || status == 422) && !reply.json().path("errors").path(0).hasNonNull("field")) {
            fail("unnamed", target, reply);
        }
        if (BadInputIT.INTERNALS.matcher(reply.body()).matches()) {
            fail("internals", target, reply);
        }
    }

    /** What an answer acknowledged as written into the person's record: a created item, an ingested one. */
    private void noteWritten(Target target, Api.Reply reply) {
        if (target.path().endsWith("/inbox")) {
            for (JsonNode accepted : reply.json().path("accepted")) {
                if (person.equals(accepted.path("personId").asText()) && accepted.hasNonNull("itemId")) {
                    acknowledged.add(accepted.get("itemId").asText());
                }
            }
        } else if (reply.status() == 201 && target.path().startsWith("/people/" + person + "/")
                && reply.json().has("id") && !target.path().contains("/consents") && !target.path().contains("/nof")
                && !target.path().contains("/break-glass")) {
            acknowledged.add(reply.json().get("id").asText());
        }
    }

    /** The person's journey holds the items the setup made and what the fuzzer was told was written, no more. */
    private void holdsExactlyWhatWasAcknowledged() {
        Set<String> shown = new HashSet<>();
        String cursor = null;
        do {
            Api.Reply page = Api.as("social-worker").get("/people/" + person + "/timeline?limit=500"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(page.toString(), 200, page.status());
            page.json().get("items").forEach(i -> shown.add(i.get("id").asText()));
            cursor = page.json().path("nextCursor").asText(null);
        } while (cursor != null);
        Set<String> expected = new HashSet<>(acknowledged);
        expected.add(outcome);
        Set<String> unexpected = new HashSet<>(shown);
        unexpected.removeAll(expected);
        unexpected.remove(entry); // withdrawn or not, the setup wrote it
        expected.removeAll(shown);
        expected.remove(entry);
        tally.merge("partial", unexpected.size() + (int) expected.stream().filter(id -> !withdrawn(id)).count(),
                Integer::sum);
        assertTrue("written but never acknowledged: " + unexpected, unexpected.isEmpty());
    }

    private boolean withdrawn(String id) {
        return Api.as("social-worker").get("/people/" + person + "/entries/" + id).status() == 404;
    }

    private void fail(String kind, Target target, Api.Reply reply) {
        if (tally.merge(kind, 1, Integer::sum) <= 3) {
            System.out.println("FuzzIT " + kind + ": " + target.method() + " " + target.path() + " -> " + reply.status()
                    + " " + reply.body().substring(0, Math.min(400, reply.body().length())));
        }
    }

    private int count(String kind) {
        return tally.getOrDefault(kind, 0);
    }

    private String created(Api.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asText();
    }

    /** One of the body's values (after a {@code ":"}) replaced by {@code value}. */
    private String replaceValue(String body, String value) {
        if (body == null) {
            return value;
        }
        List<Integer> colons = new ArrayList<>();
        for (int i = body.indexOf("\":"); i >= 0; i = body.indexOf("\":", i + 1)) {
            colons.add(i + 2);
        }
        if (colons.isEmpty()) {
            return body.replaceFirst("\n[^\n]*\n", "\n" + value + "\n");
        }
        int at = colons.get(random.nextInt(colons.size()));
        int end = valueEnd(body, at);
        return body.substring(0, at) + value + body.substring(end);
    }

    private static int valueEnd(String body, int start) {
        int depth = 0;
        boolean text = false;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (text) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    text = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                text = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return body.length();
    }

    private String replaceDate(String body, String date) {
        if (body == null) {
            return null;
        }
        String replaced = body.replaceAll("\\d{4}-\\d{2}-\\d{2}(T[0-9:]+(Z|[+-]\\d{2}:\\d{2})?)?",
                Matcher.quoteReplacement(date));
        return replaced.equals(body) ? replaceValue(body, "\"" + date + "\"") : replaced;
    }

    private byte[] invalidUtf8(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new byte[] {(byte) 0xc3, 0x28};
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(bytes.length);
        out.write(bytes, 0, at);
        byte[][] broken = {{(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}};
        byte[] chosen = broken[random.nextInt(broken.length)];
        out.write(chosen, 0, chosen.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** A value as it goes into a URL: escaped, but for {@code %00}, which is sent as it is. */
    private static String inUrl(String value) {
        return "%00".equals(value) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }
}
