package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;

/** Consent, break-glass and audit over real HTTP, against the demo data, in one container. */
public class ConsentIT extends SharedCofnod {

    @Inject
    @Filter(value = "(osgi.jndi.service.name=cofnod)", timeout = 60000)
    private DataSource dataSource;

    private static List<JsonNode> socialWorkersEntriesSeenBy(String user, String rhodri) {
        Api.Reply page = Api.as(user).get("/people/" + rhodri + "/timeline?agency=cardiff-council&kind=entry");
        assertEquals(page.toString(), 200, page.status());
        return ScenariosIT.items(page.json());
    }

    @Test
    public void rhodriWithdrawsThePhysiosConsentAndAccessGoesOnTheNextRequest() {
        Wait.forHealth();
        String rhodri = ScenariosIT.personId("CC-100231");
        Wait.until(() -> Api.as("physio").get("/people/" + rhodri + "/timeline?agency=cardiff-vale-uhb&kind=entry"),
                r -> r.status() == 200 && r.json().get("items").size() == 3);
        List<JsonNode> before = socialWorkersEntriesSeenBy("physio", rhodri);
        assertEquals("the physio sees the social worker's entries under Rhodri's consent", 3, before.size());
        String oneOfThem = before.get(0).get("id").asText();
        assertEquals(200, Api.as("physio").get("/people/" + rhodri + "/entries/" + oneOfThem).status());
        assertTrue("not for another purpose", ScenariosIT.items(Api.as("physio").purpose("care-planning")
                .get("/people/" + rhodri + "/timeline?agency=cardiff-council&kind=entry").json()).isEmpty());

        JsonNode consents = Api.as("rhodri").get("/people/" + rhodri + "/consents").json();
        String physios = null;
        for (JsonNode d : consents) {
            if ("cardiff-vale-uhb".equals(d.path("grantee").path("agency").asText())
                    && "active".equals(d.get("status").asText())) {
                physios = d.get("id").asText();
                assertEquals("own-login", d.get("how").asText());
            }
        }
        assertTrue(physios != null);
        assertEquals("the physio may not withdraw what Rhodri gave", 403,
                Api.as("physio").post("/consents/" + physios + "/withdraw", "{}").status());
        Api.Reply withdrawn = Api.as("rhodri").post("/consents/" + physios + "/withdraw",
                "{\"reason\":\"I'd rather tell the physio myself\"}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertEquals("withdrawn", withdrawn.json().get("status").asText());

        assertTrue("gone on the next request", socialWorkersEntriesSeenBy("physio", rhodri).isEmpty());
        Api.Reply hidden = Api.as("physio").get("/people/" + rhodri + "/entries/" + oneOfThem);
        Api.Reply missing = Api.as("physio").get("/people/" + rhodri + "/entries/00000000-0000-0000-0000-000000000000");
        assertEquals("hidden answers exactly like missing", missing.status(), hidden.status());
        assertEquals(404, hidden.status());
        assertTrue(Api.as("physio").get("/people/" + rhodri + "/timeline").json().get("withheld").asBoolean());
        assertEquals("the physio still sees what the physio wrote", 3, ScenariosIT.items(Api.as("physio")
                .get("/people/" + rhodri + "/timeline?agency=cardiff-vale-uhb&kind=entry").json()).size());
        assertEquals("the withdrawn directive is kept", "withdrawn",
                Api.as("rhodri").get("/consents/" + physios).json().get("status").asText());

        // a change is a new directive: Rhodri gives the physio his outcomes only
        Api.Reply given = Api.as("rhodri").post("/people/" + rhodri + "/consents", "{\"givenBy\":{\"kind\":\"person\"},"
                + "\"grantee\":{\"kind\":\"agency\",\"agency\":\"cardiff-vale-uhb\"},\"purposes\":[\"direct-care\"],"
                + "\"categories\":[\"outcomes-and-plans\"]}");
        assertEquals(given.toString(), 201, given.status());
        assertEquals("active", given.json().get("status").asText());
        assertTrue(socialWorkersEntriesSeenBy("physio", rhodri).isEmpty());
        // every outcome of his record (another test of this class may have added one)
        assertEquals(ScenariosIT.items(Api.as("social-worker").get("/people/" + rhodri + "/outcomes").json()).size(),
                ScenariosIT.items(Api.as("physio").get("/people/" + rhodri + "/outcomes").json()).size());
    }

    @Test
    public void everyReadStatesItsPurposeAndCommissionersNeverReadARecord() {
        Wait.forHealth();
        String rhodri = ScenariosIT.personId("CC-100231");
        assertEquals(400, Api.as("social-worker").purpose(null).get("/people/" + rhodri + "/timeline").status());
        assertEquals(400, Api.as("social-worker").purpose("nosiness").get("/people/" + rhodri + "/timeline").status());
        int commissioner = Api.as("commissioner").purpose("commissioning").get("/people/" + rhodri + "/timeline")
                .status();
        assertTrue(commissioner == 403 || commissioner == 404);
        assertEquals(403, Api.as("commissioner").get("/people/" + rhodri).status());
        assertEquals(403, Api.as("social-worker").purpose("commissioning").get("/people/" + rhodri + "/outcomes")
                .status());
        assertEquals(404, Api.as("rhodri").get("/people/" + ScenariosIT.personId("CC-100318") + "/timeline").status());
    }

    @Test
    public void breakGlassForSafeguardingIsFlaggedRaisedAndReviewed() {
        Wait.forHealth();
        String aled = ScenariosIT.personId("CC-100402");
        Api physio = Api.as("physio").purpose("safeguarding");
        assertTrue(ScenariosIT.items(physio.get("/people/" + aled + "/timeline").json()).isEmpty());
        assertEquals(403, Api.as("physio").post("/people/" + aled + "/break-glass",
                "{\"reason\":\"bruises seen at school, mum not answering\"}").status());
        assertEquals(422, physio.post("/people/" + aled + "/break-glass", "{\"reason\":\"\"}").status());
        Api.Reply granted = physio.post("/people/" + aled + "/break-glass",
                "{\"reason\":\"bruises seen at school, mum not answering\"}");
        assertEquals(granted.toString(), 201, granted.status());
        assertTrue(granted.json().get("active").asBoolean());
        assertEquals(12, ScenariosIT.items(physio.get("/people/" + aled + "/timeline").json()).size());
        assertTrue("only for safeguarding", ScenariosIT.items(Api.as("physio")
                .get("/people/" + aled + "/timeline").json()).isEmpty());

        // (the suite's other tests break the glass too: this one is known by its id)
        String glass = granted.json().get("id").asText();
        assertTrue(ids(Api.as("physio").get("/people/" + aled + "/break-glass").json()).contains(glass));
        assertFalse("its reason is the physio's agency's, not the council's",
                ids(Api.as("social-worker").get("/people/" + aled + "/break-glass").json()).contains(glass));
        assertTrue(ids(Api.as("physio").get("/safeguarding/alerts").json()).contains(glass));
        assertFalse("another agency's lead does not see it",
                ids(Api.as("home-carer").get("/safeguarding/alerts").json()).contains(glass));
        assertEquals("only leads read alerts", 403, Api.as("rhodri").get("/safeguarding/alerts").status());
        Api.Reply reviewed = Api.as("physio").post("/safeguarding/alerts/" + glass
                + "/review", "{\"notes\":\"Justified: school nurse and social worker informed\"}");
        assertEquals(reviewed.toString(), 200, reviewed.status());
        assertEquals("physio", reviewed.json().get("reviewedBy").asText());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    public void theAuditIsOneEventPerRequestChainedAndTheAccessLogIsPlain() throws Exception {
        Wait.forHealth();
        String rhodri = ScenariosIT.personId("CC-100231");
        Api admin = Api.as("admin").purpose(null);
        long before = admin.get("/audit?limit=1").json().get("items").get(0).get("sequence").asLong();
        Api.as("physio").get("/people/" + rhodri + "/profile"); // two service reads, one request
        // the admin's own read of the audit is event before + 1, written as it answered; then the physio's
        JsonNode latest = admin.get("/audit?limit=2").json().get("items");
        JsonNode event = latest.get(0);
        assertEquals("one event for the physio's request", before + 2, event.get("sequence").asLong());
        assertEquals("admin", latest.get(1).get("user").asText());
        assertEquals("physio", event.get("user").asText());
        assertEquals("cardiff-vale-uhb", event.get("agency").asText());
        assertEquals("direct-care", event.get("purpose").asText());
        assertEquals(rhodri, event.get("personId").asText());
        assertEquals("200", event.get("result").asText());

        JsonNode log = Api.as("rhodri").get("/people/" + rhodri + "/access-log?limit=100").json().get("items");
        boolean physioSeen = false;
        for (JsonNode line : log) {
            // named as the realm names the physio (name:Owain Price), with the login and the codes beside
            physioSeen |= line.get("summary").asText().startsWith("Owain Price from cardiff-vale-uhb looked at your")
                    && "physio".equals(line.get("who").asText()) && "Owain Price".equals(line.get("whoName").asText())
                    && "read".equals(line.get("action").asText()) && line.hasNonNull("part");
        }
        assertTrue(physioSeen);
        JsonNode again = Api.as("rhodri").get("/people/" + rhodri + "/access-log?limit=1").json().get("items");
        assertTrue("reading it is audited too", again.get(0).get("summary").asText()
                .startsWith("You looked at this access log"));
        assertEquals("access-log", again.get(0).get("part").asText());
        assertEquals(403, Api.as("social-worker").get("/people/" + rhodri + "/access-log").status());

        assertEquals(403, Api.as("social-worker").get("/audit/verify").status());
        JsonNode ok = admin.get("/audit/verify").json();
        assertEquals("OK", ok.get("status").asText());

        long victim = before - 3;
        String original;
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT DETAIL FROM CONSENT_AUDIT WHERE SEQ = ?")) {
            read.setLong(1, victim);
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next());
                original = rs.getString(1);
            }
            try (PreparedStatement tamper = c.prepareStatement("UPDATE CONSENT_AUDIT SET DETAIL = ? WHERE SEQ = ?")) {
                tamper.setString(1, "nothing to see here");
                tamper.setLong(2, victim);
                assertEquals(1, tamper.executeUpdate());
            }
        }
        JsonNode broken = admin.get("/audit/verify").json();
        assertEquals("BROKEN", broken.get("status").asText());
        assertEquals(broken.toString(), "event", broken.get("breaks").get(0).get("kind").asText());
        assertEquals(Long.toString(victim), broken.get("breaks").get(0).get("where").asText());
        try (Connection c = dataSource.getConnection();
             PreparedStatement restore = c.prepareStatement("UPDATE CONSENT_AUDIT SET DETAIL = ? WHERE SEQ = ?")) {
            restore.setString(1, original);
            restore.setLong(2, victim);
            restore.executeUpdate();
        }
        assertEquals("OK", admin.get("/audit/verify").json().get("status").asText());
        assertFalse(admin.get("/audit?limit=5").body().contains("Exception"));
    }

    @Test
    public void anEntryEditedInTheDatabaseIsNamedByTheAuditsVerification() throws Exception {
        Wait.forHealth();
        Api admin = Api.as("admin").purpose(null);
        JsonNode ok = admin.get("/audit/verify").json();
        assertEquals(ok.toString(), "OK", ok.get("status").asText());
        assertTrue("the demo's items are checked", ok.get("itemVersionsChecked").asLong() > 10);
        assertTrue(ok.get("checkpointsChecked").asLong() >= 1);

        String id;
        String body;
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT ITEM_ID, BODY FROM OUTCOMES_ITEM WHERE KIND = 'entry'"
                     + " AND STATE = 'live' AND VERSION = 1 FETCH FIRST 1 ROWS ONLY")) {
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next());
                id = rs.getString(1);
                body = rs.getString(2);
            }
            try (PreparedStatement tamper = c.prepareStatement("UPDATE OUTCOMES_ITEM SET BODY = ? WHERE ITEM_ID = ?")) {
                tamper.setString(1, body.replaceFirst("\"text\":\"", "\"text\":\"not "));
                tamper.setString(2, id);
                assertEquals(1, tamper.executeUpdate());
            }
        }
        JsonNode broken = admin.get("/audit/verify").json();
        assertEquals("BROKEN", broken.get("status").asText());
        JsonNode itemBreak = broken.get("breaks").get(0);
        assertEquals(broken.toString(), "item-version", itemBreak.get("kind").asText());
        assertEquals("entry " + id + "/1", itemBreak.get("where").asText());
        try (Connection c = dataSource.getConnection();
             PreparedStatement restore = c.prepareStatement("UPDATE OUTCOMES_ITEM SET BODY = ? WHERE ITEM_ID = ?")) {
            restore.setString(1, body);
            restore.setString(2, id);
            restore.executeUpdate();
        }
        assertEquals("OK", admin.get("/audit/verify").json().get("status").asText());
    }

    /**
     * What answers reveal, over HTTP: withheld says one thing whatever the filter, a scoped directive shows a
     * meeting with only its outcomes and no item naming a hidden one, the person's own words reach the agencies
     * involved, an NHS board's notes are health, writes answer alike for hidden and missing, views are signed by
     * their writer.
     */
    @Test
    public void answersRevealNothingConsentHides() {
        Wait.forHealth();
        String rhodri = ScenariosIT.personId("CC-100231");
        String record = "/people/" + rhodri;
        Api sw = Api.as("social-worker");
        Api carer = Api.as("home-carer");
        Api himself = Api.as("rhodri");
        int checks = 0;

        List<String> outcomes = ScenariosIT.items(sw.get(record + "/outcomes?limit=100").json()).stream()
                .map(o -> o.get("id").asText()).toList();
        String scoped = outcomes.get(0);
        for (String filter : List.of("", "?kind=entry", "?kind=outcome", "?agency=cardiff-council",
                "?agency=cardiff-vale-uhb", "?outcome=" + scoped, "?outcome=no-such-outcome", "?limit=1",
                "?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z")) {
            Api.Reply page = carer.get(record + "/timeline" + filter);
            assertEquals(page.toString(), 200, page.status());
            assertTrue("withheld whatever the filter: " + filter, page.json().get("withheld").asBoolean());
            checks++;
        }
        assertTrue(carer.get(record + "/strengths").json().get("withheld").asBoolean());
        assertTrue(carer.get(record + "/strengths-and-risks").json().get("withheld").asBoolean());
        checks += 2;

        Api.Reply meeting = sw.post("/meetings", """
                {"personId":"%s","kind":"planning","heldOn":"%s","language":"en",
                 "parties":[{"name":"Rhodri","role":"person","view":{"whatMatters":"Getting out again"}},
                  {"name":"Social worker","role":"practitioner","agency":"cardiff-council",
                   "view":{"whatMatters":"Rhodri walks further each week"}}],
                 "outcomesAgreed":[{"outcomeId":"%s"},{"ownWords":"I want to sing in the choir again","type":"change"}],
                 "nextReview":"%s"}""".formatted(rhodri, java.time.LocalDate.now().minusDays(1), scoped,
                java.time.LocalDate.now().plusMonths(3)));
        assertEquals(meeting.toString(), 201, meeting.status());
        String choir = meeting.json().get("outcomesAgreed").get(1).get("outcomeId").asText();

        Api.Reply own = himself.post(record + "/entries", "{\"kind\":\"daily-note\",\"parts\":[{\"type\":\"own-words\","
                + "\"text\":\"I walked to the end of the road\",\"language\":\"en\"}]}");
        assertEquals(own.toString(), 201, own.status());
        String note = own.json().get("id").asText();
        assertEquals("the person's own words reach the agencies involved", 200,
                sw.get(record + "/entries/" + note).status());
        assertTrue(sw.get(record + "/timeline?kind=daily-note&limit=100").body().contains(note));
        checks += 2;

        Api.Reply given = himself.post(record + "/consents", "{\"givenBy\":{\"kind\":\"person\"},\"grantee\":"
                + "{\"kind\":\"agency\",\"agency\":\"gofal-da-homecare\"},\"purposes\":[\"direct-care\"],"
                + "\"categories\":[\"outcomes-and-plans\",\"entries\"],\"outcomeIds\":[\"" + scoped + "\"]}");
        assertEquals(given.toString(), 201, given.status());
        Api.Reply seen = carer.get("/meetings/" + meeting.json().get("id").asText());
        assertEquals(seen.toString(), 200, seen.status());
        assertEquals(1, seen.json().get("outcomesAgreed").size());
        assertFalse("another outcome's words are cut", seen.body().contains("choir"));
        Api.Reply plan = carer.get("/plans/" + meeting.json().get("planId").asText());
        assertEquals(1, plan.json().get("outcomes").size());
        assertFalse(plan.body().contains("choir") || plan.body().contains(choir));
        checks += 4;
        String journey = carer.get(record + "/timeline?limit=200").body();
        for (String hidden : outcomes) {
            assertTrue("no answer names a hidden outcome", hidden.equals(scoped) || !journey.contains(hidden));
            checks++;
        }
        assertFalse(journey.contains(choir));

        for (JsonNode item : ScenariosIT.items(himself.get(record + "/timeline?agency=cardiff-vale-uhb&kind=entry")
                .json())) {
            assertEquals("an NHS board's notes are health", "health",
                    item.get("item").get("recordCategory").asText());
            checks++;
        }

        String profile = "{\"importantToMe\":[{\"text\":\"A cup of tea first\",\"language\":\"en\"}]}";
        assertEquals("a profile the carer cannot see is no bar", 201, carer.post(record + "/profile", profile).status());
        assertEquals(422, carer.post(record + "/profile", profile).status());
        Api.Reply signed = himself.post(record + "/perspectives", "{\"aboutId\":\"" + scoped + "\",\"whose\":"
                + "{\"role\":\"practitioner\",\"name\":\"Dr Made-Up\",\"agency\":\"cardiff-vale-uhb\"},"
                + "\"view\":\"all fine\",\"language\":\"en\",\"stance\":\"agree\"}");
        assertEquals(signed.toString(), 422, signed.status());
        checks += 3;
        System.out.printf("answers reveal nothing over HTTP: %d checks%n", checks);
    }
}
