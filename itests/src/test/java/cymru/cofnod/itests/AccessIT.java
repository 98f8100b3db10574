package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/**
 * The doors of docs/access.md over real HTTP, against the demo data, in one container: logins, identity, finding
 * people, authority over consent, person-level reads and quarantine payloads.
 */
public class AccessIT extends SharedCofnod {

    /** Aled: only the council (the social worker) is involved in his care. */
    private static final String ALED = "CC-100402";

    private static String field(Api.Reply reply) {
        return reply.json().get("errors").get(0).get("field").asText();
    }

    private static String directive(String grantee, String purposes, String scope) {
        return "{\"givenBy\":{\"kind\":\"person\"},\"grantee\":" + grantee + ",\"purposes\":[" + purposes + "],"
                + "\"categories\":[\"entries\",\"outcomes-and-plans\"],\"outcomeIds\":[" + scope + "],\"how\":\"verbal\"}";
    }

    private static String agency(String agency) {
        return "{\"kind\":\"agency\",\"agency\":\"" + agency + "\"}";
    }

    @Test
    public void aLoginIsBoundByAnAdministratorOnly() {
        Wait.forHealth();
        String rhodri = ScenariosIT.personId("CC-100231");
        String aled = ScenariosIT.personId(ALED);
        Api sw = Api.as("social-worker");
        Api.Reply current = sw.get("/people/" + aled);
        Api.Reply takeover = sw.put("/people/" + aled, current.body().replace("{\"id\"", "{\"account\":\"rhodri\",\"id\""),
                current.header("ETag"));
        assertEquals(takeover.toString(), 422, takeover.status());
        assertEquals("account", field(takeover));
        Api.Reply created = sw.post("/people", "{\"givenName\":\"Eve\",\"preferredLanguage\":\"en\",\"account\":\"rhodri\"}");
        assertEquals(422, created.status());
        assertEquals("account", field(created));
        assertEquals(403, sw.put("/people/" + aled + "/account", "{\"account\":\"rhodri\"}", null).status());
        assertEquals(403, Api.as("rhodri").put("/people/" + aled + "/account", "{\"account\":\"rhodri\"}", null)
                .status());
        assertEquals("a login opens one record", 422,
                Api.as("admin").put("/people/" + aled + "/account", "{\"account\":\"rhodri\"}", null).status());
        assertEquals(rhodri, Api.as("rhodri").get("/me").json().get("personId").asText());
        assertFalse("the login is not part of what practitioners read", sw.get("/people/" + rhodri).json().has("account"));

        Api.Reply bound = Api.as("admin").put("/people/" + aled + "/account", "{\"account\":\"aled\"}", null);
        assertEquals(bound.toString(), 200, bound.status());
        assertEquals("aled", bound.json().get("account").asText());
        assertFalse("administrators do not read records", bound.json().has("givenName"));
        JsonNode log = Api.as("admin").get("/people/" + aled + "/access-log?limit=50").json().get("items");
        boolean shown = false;
        for (JsonNode line : log) {
            shown |= line.get("summary").asText().contains("the login that opens your record");
        }
        assertTrue(log.toString(), shown);
        assertEquals(200, Api.as("admin").put("/people/" + aled + "/account", "{\"account\":null}", null).status());
    }

    @Test
    public void anAgencyNotInvolvedNeitherReadsNorChangesIdentityAndNobodyListsThePopulation() {
        Wait.forHealth();
        String aled = ScenariosIT.personId(ALED);
        Api carer = Api.as("home-carer");
        JsonNode seen = carer.get("/people/" + aled).json();
        assertEquals("Morgan", seen.get("familyName").asText());
        assertFalse(seen.toString(), seen.has("communicationNeeds"));
        assertFalse(seen.get("identifiers").has("localAuthorityId"));
        assertEquals(404, carer.get("/people/" + aled + "/history").status());
        Api.Reply changed = carer.put("/people/" + aled, "{\"givenName\":\"Aled\",\"familyName\":\"Smith\","
                + "\"preferredLanguage\":\"cy\"}", "\"1\"");
        assertEquals(changed.toString(), 404, changed.status());
        assertEquals("Morgan", Api.as("social-worker").get("/people/" + aled).json().get("familyName").asText());

        // the caseload: the home carer's agency is involved with Mary and Doreen, not with Aled
        Api.Reply caseload = carer.get("/people?limit=500");
        assertEquals(200, caseload.status());
        List<JsonNode> people = ScenariosIT.items(caseload.json());
        assertFalse(people.isEmpty());
        assertTrue(caseload.body(), people.stream().noneMatch(p -> aled.equals(p.get("id").asText())));
        assertTrue(people.stream().noneMatch(p -> p.has("communicationNeeds") || p.has("account")));
        assertEquals(403, Api.as("commissioner").get("/people").status());
        assertEquals(403, Api.as("admin").get("/people").status());
        assertEquals(403, Api.as("social-worker").purpose("commissioning").get("/people").status());

        // a trace finds Aled by an identifier or by name and date of birth, with the trace fields only
        JsonNode traced = carer.get("/people?localAuthorityId=" + ALED).json().get("items");
        assertEquals(1, traced.size());
        assertEquals(ALED, traced.get(0).get("identifiers").get("localAuthorityId").asText());
        assertFalse(traced.get(0).has("communicationNeeds"));
        JsonNode byName = carer.get("/people?familyName=morgan&dateOfBirth=2016-01-09").json().get("items");
        assertEquals(aled, byName.get(0).get("id").asText());
        assertEquals(422, carer.get("/people?familyName=morgan").status());
        assertEquals(422, carer.get("/people?familyName=morgan&dateOfBirth=9-1-2016").status());
        // a valid NHS number that names nobody in Cofnod (AdaptersIT's are people the home carer may see)
        assertEquals(0, carer.get("/people?nhsNumber=9434765838").json().get("items").size());
        boolean audited = false;
        for (JsonNode e : Api.as("admin").purpose(null).get("/audit?limit=50").json().get("items")) {
            audited |= "home-carer".equals(e.get("user").asText())
                    && e.path("detail").asText().contains("traced by family name 'morgan'");
        }
        assertTrue("every search is audited", audited);
    }

    @Test
    public void consentIsRecordedAndWithdrawnOnlyWithAuthority() {
        Wait.forHealth();
        String aled = ScenariosIT.personId(ALED);
        String rhodri = ScenariosIT.personId("CC-100231");
        // Oliver, whom the home carer's agency does not support yet: the other tests keep it uninvolved with Aled
        String oliver = ScenariosIT.personId("CC-100455");
        Api carer = Api.as("home-carer");
        // permission to view: the home carer's own agency, for direct care only, time-limited, raised to the lead
        Api.Reply planning = carer.post("/people/" + oliver + "/consents",
                directive(agency("gofal-da-homecare"), "\"care-planning\"", ""));
        assertEquals(planning.toString(), 422, planning.status());
        assertEquals("purposes", field(planning));
        Api.Reply own = carer.post("/people/" + oliver + "/consents",
                directive(agency("gofal-da-homecare"), "\"direct-care\"", ""));
        assertEquals(own.toString(), 201, own.status());
        assertTrue(own.json().get("selfGranted").asBoolean());
        assertEquals("home-carer", own.json().get("givenBy").get("heardBy").asText());
        assertTrue(carer.get("/safeguarding/self-granted").body().contains(own.json().get("id").asText()));
        assertEquals("another agency's lead", 0, Api.as("physio").get("/safeguarding/self-granted").json().size());
        assertEquals(403, Api.as("rhodri").get("/safeguarding/self-granted").status());
        boolean flagged = false;
        for (JsonNode line : Api.as("admin").get("/people/" + oliver + "/access-log?limit=50").json().get("items")) {
            flagged |= line.get("summary").asText().contains("Flagged");
        }
        assertTrue(flagged);

        // the social worker records Aled's consent for the physio; only the person or the council withdraws it
        Api.Reply forPhysio = Api.as("social-worker").post("/people/" + aled + "/consents",
                directive(agency("cardiff-vale-uhb"), "\"direct-care\"", ""));
        assertEquals(forPhysio.toString(), 201, forPhysio.status());
        String id = forPhysio.json().get("id").asText();
        assertEquals(403, Api.as("physio").post("/consents/" + id + "/withdraw", "{}").status());
        assertEquals(404, carer.post("/consents/" + id + "/withdraw", "{}").status());
        assertEquals(403, Api.as("admin").post("/consents/" + id + "/withdraw", "{}").status());
        Api.Reply withdrawn = Api.as("social-worker").post("/consents/" + id + "/withdraw", "{}");
        assertEquals(withdrawn.toString(), 200, withdrawn.status());
        assertEquals("withdrawn", withdrawn.json().get("status").asText());

        // grantees must exist; scopes must be the person's own outcomes the recorder can see
        Api sw = Api.as("social-worker");
        assertEquals("grantee.agency", field(sw.post("/people/" + aled + "/consents",
                directive(agency("nowhere"), "\"direct-care\"", ""))));
        assertEquals("grantee.user", field(sw.post("/people/" + aled + "/consents",
                directive("{\"kind\":\"named-person\",\"user\":\"nobody\"}", "\"direct-care\"", ""))));
        // the demo data may still be loading Rhodri's journey
        String anEntry = ScenariosIT.items(Wait.until(() -> sw.get("/people/" + rhodri + "/entries"),
                r -> r.status() == 200 && r.json().get("items").size() > 0).json()).get(0).get("id").asText();
        String rhodrisOutcome = ScenariosIT.items(sw.get("/people/" + rhodri + "/outcomes").json()).get(0).get("id")
                .asText();
        Api.Reply entryAsScope = sw.post("/people/" + rhodri + "/consents",
                directive(agency("gofal-da-homecare"), "\"direct-care\"", "\"" + anEntry + "\""));
        assertEquals(entryAsScope.toString(), 422, entryAsScope.status());
        assertEquals("outcomeIds", field(entryAsScope));
        Api.Reply foreign = sw.post("/people/" + aled + "/consents",
                directive(agency("gofal-da-homecare"), "\"direct-care\"", "\"" + rhodrisOutcome + "\""));
        assertEquals("outcomeIds", field(foreign));
        Api.Reply hidden = Api.as("home-carer").post("/people/" + rhodri + "/consents",
                directive(agency("cardiff-vale-uhb"), "\"direct-care\"", "\"" + rhodrisOutcome + "\""));
        Api.Reply unknown = Api.as("home-carer").post("/people/" + rhodri + "/consents",
                directive(agency("cardiff-vale-uhb"), "\"direct-care\"", "\"" + "0".repeat(36) + "\""));
        assertEquals(422, hidden.status());
        assertEquals("a hidden outcome answers as an unknown id",
                unknown.json().get("errors").get(0).get("message").asText().replace("0".repeat(36), "?"),
                hidden.json().get("errors").get(0).get("message").asText().replace(rhodrisOutcome, "?"));
    }

    @Test
    public void personLevelReadsFollowTheModel() {
        Wait.forHealth();
        String aled = ScenariosIT.personId(ALED);
        Api.Reply recorded = Api.as("social-worker").post("/people/" + aled + "/consents",
                "{\"givenBy\":{\"kind\":\"best-interests\",\"name\":\"Dr Hughes\",\"reason\":\"advanced dementia\","
                        + "\"reviewBy\":\"2099-01-01\"},\"grantee\":" + agency("cardiff-vale-uhb") + ",\"purposes\":"
                        + "[\"direct-care\"],\"categories\":[\"entries\"],\"how\":\"written\"}");
        assertEquals(recorded.toString(), 201, recorded.status());
        String directive = recorded.json().get("id").asText();
        Api.Reply glass = Api.as("social-worker").purpose("safeguarding").post("/people/" + aled + "/break-glass",
                "{\"reason\":\"bruising seen on both arms\"}");
        assertEquals(glass.toString(), 201, glass.status());

        List<String> reads = List.of("/people/" + aled, "/people/" + aled + "/history",
                "/people/" + aled + "/consents", "/consents/" + directive, "/people/" + aled + "/break-glass");
        for (String read : reads) {
            assertEquals(read, 403, Api.as("social-worker").purpose("commissioning").get(read).status());
            assertEquals(read, 403, Api.as("commissioner").purpose("commissioning").get(read).status());
            assertEquals(read, 403, Api.as("admin").get(read).status());
            assertEquals(read, 404, Api.as("rhodri").get(read).status());
        }
        // the home carer's agency has no directive and is not involved: nothing beyond a trace
        Api carer = Api.as("home-carer");
        assertEquals(404, carer.get("/people/" + aled + "/history").status());
        assertEquals(0, carer.get("/people/" + aled + "/consents").json().size());
        assertEquals(404, carer.get("/consents/" + directive).status());
        assertEquals(0, carer.get("/people/" + aled + "/break-glass").json().size());
        // the physio sees the directive that grants it, without the best-interests reason
        JsonNode asGrantee = Api.as("physio").get("/consents/" + directive).json();
        assertFalse(asGrantee.toString(), asGrantee.get("givenBy").has("reason"));
        assertTrue(Api.as("social-worker").get("/people/" + aled + "/break-glass").body()
                .contains("bruising seen on both arms"));
        assertFalse(Api.as("physio").get("/people/" + aled + "/break-glass").body().contains("bruising"));
        // the suite's other tests read Aled's record without this grant: the recorder withdraws it
        assertEquals(200, Api.as("social-worker").post("/consents/" + directive + "/withdraw", "{}").status());
    }

    @Test
    public void aQuarantinedPayloadIsTheSendingAgencysAlone() {
        Wait.forHealth();
        Api.Reply sent = Api.as("home-carer").post("/agencies/gofal-da-homecare/inbox", "text/csv",
                AdaptersIT.learningLog("GD-NOBODY-ACCESS", "LL-ACCESS-1").getBytes(StandardCharsets.UTF_8));
        assertEquals(sent.toString(), 200, sent.status());
        String id = sent.json().get("quarantined").get(0).get("quarantineId").asText();
        assertTrue(Api.as("home-carer").get("/quarantine/" + id).json().get("payload").asText()
                .contains("GD-NOBODY-ACCESS"));
        JsonNode administered = Api.as("admin").get("/quarantine/" + id).json();
        assertFalse(administered.toString(), administered.has("payload"));
        assertTrue(administered.get("reason").asText().contains("GD-NOBODY-ACCESS"));
        assertEquals(403, Api.as("home-carer").purpose("commissioning").get("/quarantine/" + id).status());
    }
}
