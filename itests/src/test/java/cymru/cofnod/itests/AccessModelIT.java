package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The access model over HTTP, as a matrix: one person's record written once by three agencies and the person (notes
 * shared and kept to themselves), meetings about several outcomes, directives of every kind (scoped, role, named
 * user, time-limited, not yet valid, self-granted, best-interests, withdrawn); then every reader × purpose × door
 * (the journey with every filter and several page sizes, each kind's list, reads by id, histories, the profile,
 * strengths and risks, meetings, plans, directives, break-glass, NOF tags, writes that could reveal) is checked
 * against the rules as docs/access.md states them, written out below, including that {@code withheld} and the ids
 * inside answers reveal nothing. Seeded once; the readers vary.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessModelIT {

    /** The demo users' password ("demo"), as the realm keeps it. */
    private static final String DEMO = "{CRYPT}2a97516c354b68848cdbd8f54a226a0a55b21ed138e207ad6c5cbb9c00aa5aea{CRYPT}";
    private static final List<String> WRITERS = List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare");
    private static final Map<String, String> USER_OF = Map.of("cardiff-council", "social-worker",
            "cardiff-vale-uhb", "physio", "gofal-da-homecare", "home-carer", "powys-council", "powys-worker");
    private static final List<String> CARE = List.of("direct-care", "care-planning", "safeguarding");
    private static final List<String> CATEGORIES = List.of("outcomes-and-plans", "entries", "strengths-and-risks",
            "health", "daily-and-learning-logs", "safeguarding");
    private static final Map<String, String> COLLECTIONS = Map.of("outcome", "outcomes", "entry", "entries",
            "decision", "decisions", "strength", "strengths", "review", "reviews", "perspective", "perspectives",
            "profile", "profiles");
    private static final String PERSON = "model-person";
    private static final String FAMILY = "model-family";

    private final Random random = new Random(Long.getLong("cofnod.access.seed", 20261201L));
    private int checks;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(CofnodContainer.options(null)));
        // the realm's file is written whole here (the demo feature leaves one that exists alone): the demo's users,
        // and a person with a login of their own, a family member, a second practitioner, an agency never involved
        Map<String, String> users = new LinkedHashMap<>();
        USER_OF.forEach((agency, user) -> users.put(user, "role:practitioner,agency:" + agency));
        users.put("second-carer", "role:practitioner,agency:gofal-da-homecare");
        users.put("commissioner", "role:commissioner,agency:cardiff-council");
        users.put("admin", "role:administrator");
        for (String person : List.of("rhodri", PERSON, FAMILY)) {
            users.put(person, "role:person");
        }
        users.forEach((user, roles) -> options.add(editConfigurationFilePut("etc/cofnod-users.properties", user,
                DEMO + "," + roles)));
        return options.toArray(new Option[0]);
    }

    // ---- the model: what was written, and the rules as docs/access.md states them

    /** An item as stored: its agency (none for the person's), consent category, what it is about. */
    private record Item(String id, String kind, String subkind, String agency, String category, List<String> links,
                        Instant at, boolean onlyMe) {
    }

    /** A directive as given: to whom, for what, over what, and whether it stands now. */
    private record Directive(String id, String granteeKind, String agency, String user, Set<String> purposes,
                             Set<String> categories, Set<String> scope, boolean active, String recordedByAgency) {

        boolean covers(Reader r, String purpose) {
            boolean who = "named-person".equals(granteeKind) ? user.equals(r.user())
                    : r.practitioner() && agency.equals(r.agency());
            return active && who && purposes.contains(purpose);
        }

        boolean grants(Item i) {
            return categories.contains(i.category()) && (scope.isEmpty() || scope.contains(i.id())
                    || !i.links().isEmpty() && scope.containsAll(i.links()));
        }
    }

    private record Reader(String user, String agency) {
        boolean practitioner() {
            return agency != null;
        }

        Api api(String purpose) {
            return Api.as(user).purpose(purpose);
        }
    }

    private record MeetingKnown(String id, String planId, String agency, List<String> outcomes) {
    }

    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<MeetingKnown> meetings = new ArrayList<>();
    private String person;

    private List<Directive> grants(Reader r, String purpose) {
        return directives.stream().filter(d -> d.covers(r, purpose)).toList();
    }

    private boolean involved(Reader r) {
        return r.practitioner() && ("cardiff-council".equals(r.agency())
                || items.values().stream().anyMatch(i -> r.agency().equals(i.agency()))
                || CARE.stream().anyMatch(p -> !grants(r, p).isEmpty()));
    }

    private boolean sees(Reader r, String purpose, Item i) {
        if (PERSON.equals(r.user()) || r.practitioner() && r.agency().equals(i.agency())) {
            return true;
        }
        if (i.onlyMe()) {
            return false;
        }
        return i.agency() == null && involved(r) || grants(r, purpose).stream().anyMatch(d -> d.grants(i));
    }

    private boolean sees(Reader r, String purpose, MeetingKnown m) {
        if (PERSON.equals(r.user()) || r.practitioner() && r.agency().equals(m.agency())) {
            return true;
        }
        return grants(r, purpose).stream().anyMatch(d -> d.categories().contains("outcomes-and-plans")
                && (d.scope().isEmpty() || m.outcomes().stream().anyMatch(d.scope()::contains)));
    }

    private Set<String> visible(Reader r, String purpose) {
        return items.values().stream().filter(i -> sees(r, purpose, i)).map(Item::id).collect(Collectors.toSet());
    }

    /** One answer for the whole record; always yes to an agency not involved, whatever the record holds. */
    private boolean withheld(Reader r, Set<String> visible) {
        if (PERSON.equals(r.user())) {
            return false;
        }
        return r.practitioner() && !involved(r)
                || items.values().stream().anyMatch(i -> !i.onlyMe() && !visible.contains(i.id()));
    }

    // ---- the test

    @Test
    public void everyReaderPurposeAndDoorAnswersAsTheModelSays() {
        Wait.forHealth();
        long started = System.nanoTime();
        seed();
        List<Reader> readers = new ArrayList<>();
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", "powys-council")) {
            readers.add(new Reader(USER_OF.get(agency), agency));
        }
        readers.add(new Reader("second-carer", "gofal-da-homecare"));
        readers.add(new Reader(PERSON, null));
        readers.add(new Reader(FAMILY, null));
        for (Reader reader : readers) {
            for (String purpose : CARE) {
                check(reader, purpose);
            }
            checkCommissioningReadsNothing(reader);
        }
        checkWritesRevealNothing();
        checkBreakGlass();
        System.out.printf("access model over HTTP: %,d checks in %d s%n", checks,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertTrue("a thorough run: " + checks, checks > 1_500);
    }

    // ---- a record, written once

    private void seed() {
        Api sw = Api.as("social-worker");
        Api.Reply created = sw.post("/people", "{\"givenName\":\"Morfudd\",\"familyName\":\"Model\","
                + "\"preferredLanguage\":\"cy\"}");
        assertEquals(created.toString(), 201, created.status());
        person = created.json().get("id").asText();
        assertEquals(200, Api.as("admin").put("/people/" + person + "/account", "{\"account\":\"" + PERSON + "\"}",
                null).status());
        Api self = Wait.forLogin(PERSON);
        // while writing, every agency sees everything, so items can be about each other's; withdrawn after
        List<String> setup = new ArrayList<>();
        for (String agency : WRITERS) {
            setup.add(give(self, "agency", agency, null, Set.of("direct-care"), Set.copyOf(CATEGORIES), Set.of(),
                    null, null).id());
        }
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api by = i == 4 ? self : writer(pick(WRITERS));
            outcomes.add(add(by, "outcomes", "{\"ownWords\":\"outcome " + i + "\",\"language\":\"en\",\"type\":\""
                    + pick(List.of("change", "maintenance", "process")) + "\"}"));
        }
        List<String> entries = new ArrayList<>();
        Instant t0 = Instant.parse("2026-06-01T09:00:00Z");
        for (int i = 0; i < 30; i++) {
            boolean own = random.nextInt(5) == 0;
            Api by = own ? self : writer(pick(WRITERS));
            List<String> about = some(outcomes, 2);
            String at = t0.plus(Duration.ofMinutes(random.nextInt(50_000))).toString();
            String body = switch (own ? 0 : random.nextInt(6)) {
                case 0, 1 -> "{\"kind\":\"" + (own ? "daily-note" : pick(List.of("visit", "observation", "daily-note",
                        "safeguarding-concern"))) + "\",\"occurredAt\":\"" + at + "\",\"outcomeIds\":" + ids(about)
                        + ",\"parts\":[{\"type\":\"" + (own ? "own-words" : "observation") + "\",\"text\":\"note "
                        + i + "\",\"language\":\"en\"}]" + (own ? sharing() : "") + "}";
                case 2 -> "{\"what\":\"decided " + i + "\",\"why\":\"because\",\"outcomeIds\":"
                        + ids(about.isEmpty() ? List.of(pick(outcomes)) : about) + "}";
                case 3 -> "{\"description\":\"strength " + i + "\",\"language\":\"en\",\"outcomeIds\":" + ids(about)
                        + "}";
                case 4 -> "{\"results\":[" + (about.isEmpty() ? List.of(pick(outcomes)) : about).stream()
                        .map(o -> "{\"outcomeId\":\"" + o + "\",\"result\":\"partly\",\"learnt\":\"learnt\"}")
                        .collect(Collectors.joining(",")) + "],\"summary\":\"reviewed\"}";
                default -> null;
            };
            String collection = own || body != null && body.startsWith("{\"kind\"") ? "entries"
                    : body == null ? "perspectives" : body.startsWith("{\"what\"") ? "decisions"
                    : body.startsWith("{\"description\"") ? "strengths" : "reviews";
            if (body == null) {
                String agency = WRITERS.get(random.nextInt(WRITERS.size()));
                by = writer(agency);
                body = "{\"aboutId\":\"" + pick(outcomes) + "\",\"whose\":{\"role\":\"practitioner\",\"agency\":\""
                        + agency + "\"},\"view\":\"a view\",\"language\":\"en\",\"stance\":\"partly\"}";
            }
            String id = add(by, collection, body);
            if ("entries".equals(collection) && !body.contains("only-me")) {
                entries.add(id);
            }
        }
        add(writer(pick(WRITERS)), "profile", "{\"importantToMe\":[{\"text\":\"what matters\",\"language\":\"en\","
                + "\"fromEntries\":" + ids(some(entries, 3)) + "}]}");
        for (int i = 0; i < 2; i++) {
            String agency = pick(WRITERS);
            List<String> agreed = some(outcomes, 3);
            Api.Reply m = writer(agency).post("/meetings", """
                    {"personId":"%s","kind":"planning","heldOn":"%s","language":"en",
                     "parties":[{"name":"Morfudd","role":"person","view":{"whatMatters":"Getting out"}},
                      {"name":"Sam","role":"practitioner","agency":"%s","view":{"whatMatters":"Walking more"}}],
                     "outcomesAgreed":[%s{"ownWords":"agreed at meeting %d","type":"change"}],
                     "nextReview":"%s"}""".formatted(person, LocalDate.now().minusDays(1), agency,
                    agreed.stream().map(o -> "{\"outcomeId\":\"" + o + "\"},").collect(Collectors.joining()), i,
                    LocalDate.now().plusMonths(3)));
            assertEquals(m.toString(), 201, m.status());
            List<String> quoted = new ArrayList<>();
            m.json().get("outcomesAgreed").forEach(o -> quoted.add(o.get("outcomeId").asText()));
            outcomes.add(quoted.get(quoted.size() - 1));
            meetings.add(new MeetingKnown(m.json().get("id").asText(), m.json().get("planId").asText(), agency,
                    quoted));
        }
        // the person changes their mind about one note
        learn(self);
        items.values().stream().filter(i -> i.agency() == null && "entry".equals(i.kind())).findFirst()
                .ifPresent(note -> {
                    Api.Reply current = self.get("/people/" + person + "/entries/" + note.id());
                    ObjectNode changed = Api.JSON.createObjectNode();
                    for (String field : List.of("kind", "occurredAt", "outcomeIds", "parts")) {
                        if (current.json().has(field)) {
                            changed.set(field, current.json().get(field));
                        }
                    }
                    changed.put("sharedWith", note.onlyMe() ? "involved" : "only-me");
                    Api.Reply put = self.put("/people/" + person + "/entries/" + note.id(), changed.toString(),
                            current.header("ETag"));
                    assertEquals(put.toString(), 200, put.status());
                });
        for (String id : setup) {
            assertEquals(200, self.post("/consents/" + id + "/withdraw", "{}").status());
        }
        learn(self);
        giveDirectives(self, outcomes);
    }

    private String sharing() {
        return pick(List.of("", ",\"sharedWith\":\"involved\"", ",\"sharedWith\":\"only-me\""));
    }

    /** The record as the person reads it (everything): the model's items, with kind, agency, category and links. */
    private void learn(Api self) {
        items.clear();
        Api.Reply all = self.get("/people/" + person + "/timeline?limit=100");
        assertFalse(all.json().get("withheld").asBoolean());
        for (JsonNode t : all.json().get("items")) {
            JsonNode item = t.get("item");
            String kind = t.get("kind").asText();
            String subkind = "entry".equals(kind) ? item.get("kind").asText()
                    : "outcome".equals(kind) ? item.get("type").asText() : null;
            List<String> links = new ArrayList<>();
            t.path("outcomeIds").forEach(l -> links.add(l.asText()));
            items.put(t.get("id").asText(), new Item(t.get("id").asText(), kind, subkind,
                    t.hasNonNull("agency") ? t.get("agency").asText() : null, category(kind, item), links,
                    Instant.parse(t.get("occurredAt").asText()), "only-me".equals(item.path("sharedWith").asText())));
        }
        assertTrue(all.json().get("nextCursor") == null || all.json().get("nextCursor").isNull());
    }

    private static String category(String kind, JsonNode item) {
        return switch (kind) {
            case "strength", "risk" -> "strengths-and-risks";
            case "entry" -> item.hasNonNull("recordCategory") ? item.get("recordCategory").asText()
                    : switch (item.get("kind").asText()) {
                        case "daily-note", "learning-log" -> "daily-and-learning-logs";
                        case "safeguarding-concern" -> "safeguarding";
                        default -> "entries";
                    };
            default -> "outcomes-and-plans";
        };
    }

    /** Directives of every kind, each as docs/access.md allows it to be given. */
    private void giveDirectives(Api self, List<String> outcomes) {
        for (int i = 0; i < 12; i++) {
            String kind = pick(List.of("agency", "agency", "role", "named-person", "named-person"));
            String agency = pick(List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare"));
            String user = pick(List.of(FAMILY, "second-carer"));
            Set<String> purposes = new HashSet<>(some(CARE, 2));
            purposes.add(pick(CARE));
            Set<String> categories = new HashSet<>(some(CATEGORIES, 3));
            categories.add(pick(CATEGORIES));
            Set<String> scope = random.nextInt(3) == 0 ? new HashSet<>(some(outcomes, 2)) : Set.of();
            int state = random.nextInt(5); // 0, 1: active; 2: not yet valid; 3: time-limited, active; 4: withdrawn
            Instant now = Instant.now();
            Directive d = give(self, kind, agency, user, purposes, categories, scope,
                    state == 2 ? now.plus(Duration.ofDays(3)) : null, state == 3 ? now.plus(Duration.ofDays(15)) : null);
            if (state == 4) {
                assertEquals(200, self.post("/consents/" + d.id() + "/withdraw", "{}").status());
            }
            directives.add(new Directive(d.id(), kind, agency, user, purposes, categories, scope,
                    state != 2 && state != 4, null));
        }
        // permission to view: the home carer for its own agency, direct care only
        Api.Reply own = Api.as("home-carer").post("/people/" + person + "/consents", directive("agency",
                "gofal-da-homecare", null, Set.of("direct-care"), Set.of("entries"), Set.of(), null, null, "verbal"));
        assertEquals(own.toString(), 201, own.status());
        assertTrue(own.json().get("selfGranted").asBoolean());
        directives.add(new Directive(own.json().get("id").asText(), "agency", "gofal-da-homecare", null,
                Set.of("direct-care"), Set.of("entries"), Set.of(), true, "gofal-da-homecare"));
        // a best-interests decision the council records for the health board
        Api.Reply best = Api.as("social-worker").post("/people/" + person + "/consents", "{\"givenBy\":{\"kind\":"
                + "\"best-interests\",\"name\":\"Dr Decider\",\"reason\":\"cannot weigh this now\",\"reviewBy\":\""
                + LocalDate.now().plusMonths(3) + "\"},\"grantee\":{\"kind\":\"agency\",\"agency\":\"cardiff-vale-uhb\"},"
                + "\"purposes\":[\"care-planning\"],\"categories\":[\"outcomes-and-plans\"],\"how\":\"written\"}");
        assertEquals(best.toString(), 201, best.status());
        directives.add(new Directive(best.json().get("id").asText(), "agency", "cardiff-vale-uhb", null,
                Set.of("care-planning"), Set.of("outcomes-and-plans"), Set.of(), true, "cardiff-council"));
    }

    private Directive give(Api by, String kind, String agency, String user, Set<String> purposes,
                           Set<String> categories, Set<String> scope, Instant from, Instant until) {
        Api.Reply given = by.post("/people/" + person + "/consents",
                directive(kind, agency, user, purposes, categories, scope, from, until, null));
        assertEquals(given.toString(), 201, given.status());
        return new Directive(given.json().get("id").asText(), kind, agency, user, purposes, categories, scope, true,
                null);
    }

    private static String directive(String kind, String agency, String user, Set<String> purposes,
                                    Set<String> categories, Set<String> scope, Instant from, Instant until,
                                    String how) {
        String grantee = switch (kind) {
            case "agency" -> "{\"kind\":\"agency\",\"agency\":\"" + agency + "\"}";
            case "role" -> "{\"kind\":\"role\",\"agency\":\"" + agency + "\",\"role\":\"practitioner\"}";
            default -> "{\"kind\":\"named-person\",\"name\":\"Named\",\"user\":\"" + user + "\"}";
        };
        return "{\"givenBy\":{\"kind\":\"person\"},\"grantee\":" + grantee + ",\"purposes\":" + ids(purposes)
                + ",\"categories\":" + ids(categories) + ",\"outcomeIds\":" + ids(scope)
                + (from == null ? "" : ",\"validFrom\":\"" + from + "\"")
                + (until == null ? "" : ",\"validUntil\":\"" + until + "\"")
                + (how == null ? "" : ",\"how\":\"" + how + "\"") + "}";
    }

    // ---- the checks

    private void check(Reader reader, String purpose) {
        Api api = reader.api(purpose);
        String record = "/people/" + person;
        boolean opens = PERSON.equals(reader.user()) || reader.practitioner() || !grants(reader, purpose).isEmpty();
        if (!opens) {
            for (String door : List.of("/timeline", "/outcomes", "/profile", "/strengths-and-risks")) {
                expect(404, api.get(record + door), door);
            }
            expect(404, api.get("/meetings?person=" + person), "meetings");
            return;
        }
        Set<String> visible = visible(reader, purpose);
        boolean withheld = withheld(reader, visible);
        String who = reader.user() + " for " + purpose;
        for (String filter : filters()) {
            int limit = pick(List.of(2, 7, 50));
            Set<String> expected = items.values().stream().filter(i -> visible.contains(i.id()) && matches(filter, i))
                    .map(Item::id).collect(Collectors.toSet());
            Set<String> seen = new HashSet<>();
            String cursor = null;
            do {
                JsonNode page = ok(api.get(record + "/timeline?limit=" + limit + filter
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
                assertEquals(who + ": withheld is the whole record's answer, " + filter, withheld,
                        page.get("withheld").asBoolean());
                for (JsonNode t : page.get("items")) {
                    String id = t.get("id").asText();
                    assertTrue(who + " listed without a permit " + id + " " + filter, expected.contains(id));
                    assertTrue("listed twice", seen.add(id));
                    namesOnlyVisible(visible, t, who);
                }
                cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
                assertTrue("a page before the last is full", cursor == null || page.get("items").size() == limit);
                checks++;
            } while (cursor != null);
            assertEquals(who + ": every permitted item is listed, " + filter, expected, seen);
        }
        for (Map.Entry<String, String> c : COLLECTIONS.entrySet()) {
            JsonNode list = ok(api.get(record + "/" + c.getValue() + "?limit=100"));
            Set<String> listed = new HashSet<>();
            list.get("items").forEach(i -> listed.add(i.get("id").asText()));
            assertEquals(who + " " + c.getValue(), items.values().stream().filter(i -> i.kind().equals(c.getKey())
                    && visible.contains(i.id())).map(Item::id).collect(Collectors.toSet()), listed);
            assertEquals(withheld, list.get("withheld").asBoolean());
            namesOnlyVisible(visible, list, who);
            checks++;
        }
        for (Item item : items.values()) {
            Api.Reply read = api.get(record + "/" + COLLECTIONS.get(item.kind()) + "/" + item.id());
            expect(visible.contains(item.id()) ? 200 : 404, read, who + " reads " + item.kind() + " " + item.id());
            if (read.status() == 200) {
                namesOnlyVisible(visible, read.json(), who);
            }
            if ("outcome".equals(item.kind())) {
                expect(visible.contains(item.id()) ? 200 : 404, api.get(record + "/outcomes/" + item.id() + "/nof"),
                        who + " NOF tags of " + item.id());
            }
        }
        for (int i = 0; i < 3; i++) {
            Item probe = pick(new ArrayList<>(items.values()));
            Api.Reply history = api.get(record + "/" + COLLECTIONS.get(probe.kind()) + "/" + probe.id() + "/history");
            expect(visible.contains(probe.id()) ? 200 : 404, history, who + " history of " + probe.id());
            if (history.status() == 200) {
                namesOnlyVisible(visible, history.json(), who);
            }
        }
        checkProfile(api, visible, withheld, who);
        checkMeetings(api, reader, purpose, visible, who);
        checkDirectives(api, reader, who);
    }

    private void checkProfile(Api api, Set<String> visible, boolean withheld, String who) {
        JsonNode answer = ok(api.get("/people/" + person + "/profile"));
        boolean any = items.values().stream().anyMatch(i -> "profile".equals(i.kind()) && visible.contains(i.id()));
        assertEquals(who + " profile", any, answer.hasNonNull("profile"));
        assertEquals(who + " profile's withheld", withheld, answer.get("withheld").asBoolean());
        namesOnlyVisible(visible, answer, who);
        JsonNode sr = ok(api.get("/people/" + person + "/strengths-and-risks"));
        assertEquals(who + " strengths-and-risks' withheld", withheld, sr.get("withheld").asBoolean());
        Set<String> strengths = new HashSet<>();
        sr.get("strengths").forEach(s -> strengths.add(s.get("id").asText()));
        assertEquals(items.values().stream().filter(i -> "strength".equals(i.kind()) && visible.contains(i.id()))
                .map(Item::id).collect(Collectors.toSet()), strengths);
        checks += 2;
    }

    private void checkMeetings(Api api, Reader reader, String purpose, Set<String> visible, String who) {
        boolean anyHidden = meetings.stream().anyMatch(m -> !sees(reader, purpose, m));
        for (String list : List.of("/meetings", "/plans")) {
            Set<String> listed = new HashSet<>();
            String cursor = null;
            do {
                JsonNode page = ok(api.get(list + "?person=" + person + "&limit=1"
                        + (cursor == null ? "" : "&cursor=" + cursor)));
                assertEquals(who + list + " withheld", anyHidden, page.get("withheld").asBoolean());
                page.get("items").forEach(m -> listed.add(m.get("id").asText()));
                namesOnlyVisible(visible, page, who);
                cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
                checks++;
            } while (cursor != null);
            assertEquals(who + list, meetings.stream().filter(m -> sees(reader, purpose, m))
                    .map(m -> list.equals("/meetings") ? m.id() : m.planId()).collect(Collectors.toSet()), listed);
        }
        for (MeetingKnown m : meetings) {
            boolean sees = sees(reader, purpose, m);
            Set<String> shown = m.outcomes().stream().filter(visible::contains).collect(Collectors.toSet());
            Api.Reply meeting = api.get("/meetings/" + m.id());
            Api.Reply plan = api.get("/plans/" + m.planId());
            expect(sees ? 200 : 404, meeting, who + " meeting " + m.id());
            expect(sees ? 200 : 404, plan, who + " plan " + m.planId());
            expect(sees ? 200 : 404, api.get("/plans/" + m.planId() + "/history"), who + " plan history");
            if (sees) {
                Set<String> agreed = new HashSet<>();
                meeting.json().get("outcomesAgreed").forEach(o -> agreed.add(o.get("outcomeId").asText()));
                assertEquals(who + ": a meeting shows the outcomes its reader may see today", shown, agreed);
                Set<String> planned = new HashSet<>();
                plan.json().get("outcomes").forEach(o -> planned.add(o.get("outcomeId").asText()));
                assertEquals(who + ": so does its plan", shown, planned);
            }
        }
    }

    /** Directives: the person reads all; a practitioner those their agency recorded or that grant it; no one else. */
    private void checkDirectives(Api api, Reader reader, String who) {
        Api.Reply list = api.get("/people/" + person + "/consents");
        if (!reader.practitioner() && !PERSON.equals(reader.user())) {
            assertTrue(who + " directives: " + list, list.status() != 200 || list.json().isEmpty());
            checks++;
            return;
        }
        Set<String> listed = new HashSet<>();
        ok(list).forEach(d -> listed.add(d.get("id").asText()));
        for (Directive d : directives) {
            if ("named-person".equals(d.granteeKind()) && !PERSON.equals(reader.user())) {
                continue; // a named practitioner's agency is recorded with the grant: not modelled here
            }
            boolean shown = PERSON.equals(reader.user()) || reader.agency().equals(d.recordedByAgency())
                    || reader.agency().equals(d.agency());
            if (!shown) {
                assertFalse(who + " sees directive " + d.id(), listed.contains(d.id()));
                expect(404, api.get("/consents/" + d.id()), who + " directive " + d.id());
            } else {
                assertTrue(who + " misses directive " + d.id(), listed.contains(d.id()));
            }
        }
        Api.Reply glass = api.get("/people/" + person + "/break-glass");
        expect(200, glass, who + " break-glass");
    }

    private void checkCommissioningReadsNothing(Reader reader) {
        Api api = reader.api("commissioning");
        for (String door : List.of("/people/" + person, "/people/" + person + "/timeline",
                "/people/" + person + "/profile", "/people/" + person + "/consents",
                "/people/" + person + "/break-glass", "/meetings?person=" + person, "/plans?person=" + person)) {
            expect(403, api.get(door), reader.user() + " for commissioning " + door);
        }
    }

    /** A write answers the same for a hidden outcome as for none; a profile the writer cannot see is no bar. */
    private void checkWritesRevealNothing() {
        String none = "00000000-0000-0000-0000-000000000000";
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", "powys-council")) {
            Reader reader = new Reader(USER_OF.get(agency), agency);
            Api api = reader.api("direct-care");
            Set<String> visible = visible(reader, "direct-care");
            String unknownEntry = refusal(api, "entries", entryAbout(none)).replace(none, "?");
            String unknownScope = refusal(api, "consents", directive("agency", agency, null, Set.of("direct-care"),
                    Set.of("entries"), Set.of(none), null, null, "verbal")).replace(none, "?");
            for (Item hidden : items.values()) {
                if ("outcome".equals(hidden.kind()) && !visible.contains(hidden.id())) {
                    assertEquals(reader.user() + ": a hidden outcome answers as none", unknownEntry,
                            refusal(api, "entries", entryAbout(hidden.id())).replace(hidden.id(), "?"));
                    assertEquals(reader.user() + ": a hidden outcome is no scope", unknownScope,
                            refusal(api, "consents", directive("agency", agency, null, Set.of("direct-care"),
                                    Set.of("entries"), Set.of(hidden.id()), null, null, "verbal"))
                                    .replace(hidden.id(), "?"));
                    checks += 2;
                }
            }
            boolean seesProfile = items.values().stream()
                    .anyMatch(i -> "profile".equals(i.kind()) && visible.contains(i.id()));
            Api.Reply profile = api.post("/people/" + person + "/profile",
                    "{\"importantToMe\":[{\"text\":\"tea\",\"language\":\"en\"}]}");
            expect(seesProfile ? 422 : 201, profile, reader.user() + ": only a profile the writer sees bars theirs");
            if (profile.status() == 201) {
                items.put(profile.json().get("id").asText(), new Item(profile.json().get("id").asText(), "profile",
                        null, agency, "outcomes-and-plans", List.of(), Instant.now(), false));
            }
        }
    }

    /** Break-glass reads the whole record, notes kept to themselves included; its reason stays with its agency. */
    private void checkBreakGlass() {
        Api physio = Api.as("physio").purpose("safeguarding");
        expect(201, physio.post("/people/" + person + "/break-glass", "{\"reason\":\"bruising seen on both arms\"}"),
                "break-glass");
        for (Item item : items.values()) {
            expect(200, physio.get("/people/" + person + "/" + COLLECTIONS.get(item.kind()) + "/" + item.id()),
                    "under break-glass " + item.id());
        }
        assertFalse(ok(physio.get("/people/" + person + "/timeline?limit=1")).get("withheld").asBoolean());
        assertTrue(Api.as(PERSON).get("/people/" + person + "/break-glass").body().contains("bruising"));
        for (String other : List.of("social-worker", "home-carer", "powys-worker")) {
            assertFalse(other, Api.as(other).get("/people/" + person + "/break-glass").body().contains("bruising"));
            checks++;
        }
    }

    // ---- helpers

    private String refusal(Api api, String collection, String body) {
        Api.Reply refused = api.post("/people/" + person + "/" + collection, body);
        assertEquals(refused.toString(), 422, refused.status());
        return refused.json().get("errors").toString();
    }

    private static String entryAbout(String outcomeId) {
        return "{\"kind\":\"visit\",\"outcomeIds\":[\"" + outcomeId + "\"],\"parts\":[{\"type\":\"observation\","
                + "\"text\":\"x\",\"language\":\"en\"}]}";
    }

    /** No id inside an answer names an item of the record the reader may not see. */
    private void namesOnlyVisible(Set<String> visible, JsonNode answer, String who) {
        String text = answer.toString();
        for (Item i : items.values()) {
            if (!visible.contains(i.id())) {
                assertFalse(who + " was shown the hidden " + i + " in " + text + "; directives " + directives,
                        text.contains(i.id()));
            }
        }
    }

    private List<String> filters() {
        List<String> filters = new ArrayList<>(List.of("", "&kind=entry", "&kind=outcome", "&kind=decision",
                "&kind=strength", "&kind=review", "&kind=perspective", "&kind=profile", "&kind=visit",
                "&kind=daily-note", "&kind=safeguarding-concern", "&kind=change"));
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare", "powys-council")) {
            filters.add("&agency=" + agency);
        }
        List<Item> outcomes = items.values().stream().filter(i -> "outcome".equals(i.kind())).toList();
        filters.add("&outcome=" + pick(outcomes).id());
        filters.add("&outcome=" + pick(new ArrayList<>(items.values())).id());
        Instant a = Instant.parse("2026-06-01T09:00:00Z").plus(Duration.ofMinutes(random.nextInt(50_000)));
        filters.add("&from=" + a + "&to=" + a.plus(Duration.ofDays(7)));
        filters.add("&agency=cardiff-vale-uhb&kind=entry&from=" + a);
        return filters;
    }

    private static boolean matches(String filter, Item i) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : filter.split("&")) {
            if (!pair.isEmpty()) {
                q.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        String kind = q.get("kind");
        String outcome = q.get("outcome");
        return (kind == null || kind.equals(i.kind()) || kind.equals(i.subkind()))
                && (q.get("agency") == null || q.get("agency").equals(i.agency()))
                && (outcome == null || outcome.equals(i.id()) || i.links().contains(outcome))
                && (q.get("from") == null || !i.at().isBefore(Instant.parse(q.get("from"))))
                && (q.get("to") == null || i.at().isBefore(Instant.parse(q.get("to"))));
    }

    private String add(Api by, String collection, String body) {
        Api.Reply added = by.post("/people/" + person + "/" + collection, body);
        assertEquals(collection + " " + body + ": " + added, 201, added.status());
        return added.json().get("id").asText();
    }

    private static Api writer(String agency) {
        return Api.as(USER_OF.get(agency));
    }

    private static String ids(java.util.Collection<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private JsonNode ok(Api.Reply reply) {
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private void expect(int status, Api.Reply reply, String what) {
        assertEquals(what + ": " + reply, status, reply.status());
        checks++;
    }

    /** Up to {@code most} of these, none twice. */
    private <T> List<T> some(List<T> from, int most) {
        return random.ints(random.nextInt(most + 1), 0, from.size()).mapToObj(from::get).distinct().toList();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
