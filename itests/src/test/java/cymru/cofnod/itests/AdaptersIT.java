package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Agency adapters in the real container over real HTTP: agencies and health, the same batch twice, every kind
 * of bad input answered item by item without a 5xx, and an adapter feature taken out and put back while Cofnod
 * runs.
 */
public class AdaptersIT extends SharedCofnod {

    private static final String HOME_CARE = "/agencies/gofal-da-homecare/inbox";
    private static final String PHYSIO = "/agencies/cardiff-vale-uhb/inbox";
    private static final String SOCIAL_WORK = "/agencies/cardiff-council/inbox";
    private static final String CSV = "text/csv";
    private static final String FHIR = "application/fhir+json";

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configurations;

    /**
     * The features service as it is now, through the framework's own context: a refresh at boot can replace the
     * service there was when the test began, and installing or uninstalling a feature can refresh this test's
     * own bundle, whose context then stops working.
     */
    private FeaturesService features(BundleContext framework) {
        return framework.getService(framework.getServiceReference(FeaturesService.class));
    }

    /** A person known to all three agencies: NHS number, council case number, provider id. */
    static String person(String given, String nhs, String caseNumber, String providerId) {
        Api.Reply created = Api.as("social-worker").post("/people", "{\"givenName\":\"" + given + "\","
                + "\"preferredLanguage\":\"cy\",\"identifiers\":{\"nhsNumber\":\"" + nhs + "\",\"localAuthorityId\":\""
                + caseNumber + "\",\"providerId\":\"" + providerId + "\"}}");
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        // they agree that the three agencies supporting them see their record, for their direct care
        for (String agency : List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare")) {
            Api.Reply consent = Api.as("social-worker").post("/people/" + id + "/consents", "{\"givenBy\":{\"kind\":"
                    + "\"person\"},\"grantee\":{\"kind\":\"agency\",\"agency\":\"" + agency + "\"},\"purposes\":"
                    + "[\"direct-care\"],\"categories\":[\"outcomes-and-plans\",\"entries\",\"strengths-and-risks\","
                    + "\"health\",\"daily-and-learning-logs\"],\"how\":\"verbal\"}");
            assertEquals(consent.toString(), 201, consent.status());
        }
        return id;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Api.Reply send(String user, String inbox, String type, String payload) {
        Api.Reply reply = Api.as(user).post(inbox, type, bytes(payload));
        assertTrue(reply.toString(), reply.status() < 500);
        return reply;
    }

    private static List<String> reasons(Api.Reply reply) {
        List<String> reasons = new ArrayList<>();
        reply.json().get("quarantined").forEach(q -> reasons.add(q.get("reason").asText()));
        return reasons;
    }

    /** The person's journey as the social worker sees it; fails if the person's record cannot be read. */
    private static int journeyLength(String personId) {
        Api.Reply timeline = Api.as("social-worker").get("/people/" + personId + "/timeline?limit=500");
        assertEquals(timeline.toString(), 200, timeline.status());
        return timeline.json().get("items").size();
    }

    private static JsonNode agency(String id) {
        for (JsonNode a : Api.as("physio").get("/agencies").json()) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no agency " + id);
    }

    private static Api.Reply waitForAgencies() {
        Wait.forHealth();
        return Wait.until(() -> Api.as("physio").get("/agencies"),
                r -> r.status() == 200 && r.body().split("\"health\":\"up\"").length == 4);
    }

    static String learningLog(String providerId, String... ids) {
        StringBuilder csv = new StringBuilder("id,person,date,from,to,activity,who,what_worked,what_did_not_work\n");
        for (String id : ids) {
            csv.append(id).append(',').append(providerId).append(",2026-06-10,11:00,11:30,park,Karen and Mary,")
                    .append("\"dry bright day, smiled at the fresh air and hummed\",came back before ice cream\n");
        }
        return csv.toString();
    }

    @Test
    public void agenciesAreListedWithTheirAdapterKindAndHealth() {
        JsonNode agencies = waitForAgencies().json();
        assertEquals(3, agencies.size());
        assertEquals("social-work", agency("cardiff-council").get("adapterKind").asText());
        assertEquals("physio", agency("cardiff-vale-uhb").get("adapterKind").asText());
        assertEquals("home-care", agency("gofal-da-homecare").get("adapterKind").asText());
        assertTrue(agency("cardiff-vale-uhb").get("mediaTypes").toString().contains(FHIR));
        assertEquals(401, Api.anonymous().get("/agencies").status());
    }

    @Test
    public void anAssessmentAndItsRecommendationLandTogetherSayingWhoDidTheWork() {
        waitForAgencies();
        String ifan = person("Ifan", "4010232145", "CC-IT-9", "GD-IT-9");
        String export = """
                {"outcomes": [{"id": "O-IT-9", "person": "CC-IT-9", "at": "2026-09-07T09:30:00Z",
                               "ownWords": "Dw i eisiau mynd i'r capel ar fy mhen fy hun", "language": "cy",
                               "type": "change"}],
                 "assessments": [{"id": "A-IT-9", "person": "CC-IT-9", "at": "2026-09-08T10:00:00Z",
                                  "worker": "Bethan", "summary": "Walks to the end of the road.",
                                  "outcomes": ["O-IT-9"],
                                  "recommendation": {"what": "A lift with a neighbour on Sundays",
                                                     "why": "the hill is what stops him, not the walk"}},
                                 {"id": "A-IT-10", "person": "CC-IT-9", "at": "2026-09-09T10:00:00Z",
                                  "worker": "Bethan", "summary": "Tried the bus.", "outcomes": ["O-IT-9"],
                                  "recommendation": {"what": "A bus pass"}}]}""";
        Api.Reply sent = send("social-worker", SOCIAL_WORK, "application/json", export);
        assertEquals(sent.toString(), 2, sent.json().get("accepted").size());
        JsonNode assessment = sent.json().get("accepted").get(1);
        assertEquals("A-IT-9", assessment.get("sourceKey").asText());
        assertEquals(1, assessment.get("alsoAdded").size());
        assertTrue(reasons(sent).get(0), reasons(sent).get(0).contains("why"));
        assertEquals(3, journeyLength(ifan)); // the outcome, the assessment, its decision; nothing of A-IT-10

        JsonNode entry = Api.as("physio").get("/people/" + ifan + "/entries/" + assessment.get("itemId").asText())
                .json();
        assertEquals("assessment", entry.get("kind").asText());
        assertEquals("Bethan", entry.at("/provenance/performedBy/name").asText());
        assertEquals("social-worker", entry.at("/provenance/sentBy").asText());
        JsonNode decision = Api.as("physio").get("/people/" + ifan + "/decisions/"
                + assessment.get("alsoAdded").get(0).asText()).json();
        assertEquals("the hill is what stops him, not the walk", decision.get("why").asText());

        // written through the API, the writer did the work
        Api.Reply written = Api.as("physio").post("/people/" + ifan + "/entries", "{\"kind\":\"visit\","
                + "\"provenance\":{\"performedBy\":{\"name\":\"Someone Else\"}},"
                + "\"parts\":[{\"type\":\"observation\",\"text\":\"Up the hill with a stick\"}]}");
        assertEquals(written.toString(), 201, written.status());
        assertEquals("physio", written.json().at("/provenance/performedBy/name").asText());
        assertTrue(written.json().at("/provenance/sentBy").isMissingNode());

        Api.Reply sentAgain = send("social-worker", SOCIAL_WORK, "application/json", export);
        assertEquals(2, sentAgain.json().get("duplicate").size());
        assertEquals(4, journeyLength(ifan));
    }

    @Test
    public void anAgencyConfiguredWithACategoryItsEntriesMayNotBeFiledUnderIsMisconfiguredAndItsPayloadsWait()
            throws Exception {
        waitForAgencies();
        Configuration misfiled = configurations.createFactoryConfiguration("cymru.cofnod.agency", "?");
        misfiled.update(new Hashtable<>(Map.of("id", "misfiled-agency", "adapterKind", "social-work",
                "category", "outcomes-and-plans")));
        try {
            Wait.until(() -> Api.as("physio").get("/agencies"), r -> r.body().contains("misfiled-agency"));
            JsonNode agency = agency("misfiled-agency");
            assertEquals("misconfigured", agency.get("health").asText());
            assertTrue(agency.toString(), agency.get("detail").asText().contains("'outcomes-and-plans'"));
            Api.Reply sent = send("admin", "/agencies/misfiled-agency/inbox", "application/json", "{\"people\":[]}");
            assertEquals(sent.toString(), 200, sent.status());
            JsonNode waiting = sent.json().get("quarantined").get(0);
            assertTrue(waiting.toString(), waiting.get("reason").asText()
                    .startsWith("misfiled-agency's configuration is refused"));
            assertEquals(204, Api.as("admin").delete("/quarantine/" + waiting.get("quarantineId").asText()).status());
        } finally {
            misfiled.delete();
            Wait.until(() -> Api.as("physio").get("/agencies"), r -> !r.body().contains("misfiled-agency"));
        }
    }

    @Test
    public void theSameBatchTwiceIsStoredOnceAndReportedDuplicate() {
        waitForAgencies();
        String mair = person("Mair", "4010232137", "CC-IT-1", "GD-IT-1");
        String batch = learningLog("GD-IT-1", "LL-IT-1", "LL-IT-2", "LL-IT-3");
        Api.Reply first = send("home-carer", HOME_CARE, CSV, batch);
        assertEquals(first.toString(), 200, first.status());
        assertEquals(3, first.json().get("accepted").size());
        Api.Reply second = send("home-carer", HOME_CARE, CSV + "; charset=UTF-8", batch);
        assertEquals(0, second.json().get("accepted").size());
        assertEquals(3, second.json().get("duplicate").size());
        assertEquals(first.json().get("accepted").get(0).get("itemId"), second.json().get("duplicate").get(0).get("itemId"));
        assertEquals(3, journeyLength(mair));

        // only the agency's own users (or an administrator) may post to its inbox
        assertEquals(403, Api.as("physio").post(HOME_CARE, CSV, bytes(batch)).status());
        assertEquals(403, Api.as("rhodri").post(HOME_CARE, CSV, bytes(batch)).status());
        assertEquals(404, Api.as("admin").post("/agencies/nobody/inbox", CSV, bytes(batch)).status());
        assertEquals(415, Api.as("home-carer").post(HOME_CARE, "application/xml", bytes("<x/>")).status());
    }

    @Test
    public void badInputIsAnsweredItemByItemNeverWithA5xxAndChangesNothingElse() {
        waitForAgencies();
        String gwen = person("Gwen", "9990000018", "CC-IT-2", "GD-IT-2");
        int before = journeyLength(gwen);

        assertTrue(reasons(send("social-worker", SOCIAL_WORK, "application/json",
                "{\"outcomes\":[{\"id\":\"O-1\",\"person\":\"CC-IT-2\",")).get(0).startsWith("not valid JSON"));

        List<String> wrongTypes = reasons(send("home-carer", HOME_CARE, "application/json",
                "{\"visits\":[{\"id\":\"V-IT-1\",\"person\":\"GD-IT-2\",\"from\":42,\"note\":\"tea\"}]}"));
        assertEquals(List.of("from must be text, not number"), wrongTypes);
        List<String> wrongShape = reasons(send("social-worker", SOCIAL_WORK, "application/json",
                "{\"outcomes\":[{\"id\":\"O-IT-1\",\"person\":\"CC-IT-2\",\"at\":\"yesterday\",\"ownWords\":\"x\"}]}"));
        assertTrue(wrongShape.toString(), wrongShape.get(0).startsWith("at must be an ISO 8601 date-time"));

        Api.Reply fhir = send("physio", PHYSIO, FHIR, "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
                + "{\"fullUrl\":\"urn:uuid:p1\",\"resource\":{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":"
                + "\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000018\"}]}},"
                + "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"obs-it-bad\",\"status\":\"final\","
                + "\"code\":{\"text\":\"walking\"},\"subject\":{\"reference\":\"urn:uuid:p1\"},"
                + "\"effectiveDateTime\":\"not a date\"}},"
                + "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"obs-it-good\",\"status\":\"final\","
                + "\"code\":{\"text\":\"walked to the gate\"},\"subject\":{\"reference\":\"urn:uuid:p1\"},"
                + "\"effectiveDateTime\":\"2026-10-01T10:00:00+01:00\"}}]}");
        assertEquals(fhir.toString(), 1, fhir.json().get("accepted").size());
        assertEquals("Observation/obs-it-bad", fhir.json().get("quarantined").get(0).get("sourceKey").asText());
        assertTrue(reasons(fhir).get(0).startsWith("not a valid FHIR R4 Observation"));

        List<String> missingColumn = reasons(send("home-carer", HOME_CARE, CSV,
                "id,person,date,from,to,activity,what_worked,what_did_not_work\nLL-IT-9,GD-IT-2,2026-06-29,10:30,"
                        + "11:15,park,birds,dog\n"));
        assertTrue(missingColumn.toString(), missingColumn.get(0).contains("no [who] column"));

        Api.Reply garbage = Api.as("home-carer").post(HOME_CARE, CSV, new byte[] {(byte) 0xc3, 0x28, (byte) 0xff, 0});
        assertEquals(200, garbage.status());
        assertEquals(List.of("the payload is not UTF-8 text"), reasons(garbage));

        List<String> unknown = reasons(send("home-carer", HOME_CARE, CSV, learningLog("GD-NOBODY", "LL-IT-8")));
        assertTrue(unknown.toString(), unknown.get(0).contains("no person in Cofnod has provider GD-NOBODY"));

        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Reply tooLarge = Api.as("home-carer").post(HOME_CARE, CSV, huge);
        assertEquals(tooLarge.toString(), 413, tooLarge.status());
        assertEquals("application/problem+json", tooLarge.header("Content-Type"));
        assertTrue(tooLarge.json().get("detail").asText().contains("at most 10 MB"));

        assertEquals("only the good Observation landed", before + 1, journeyLength(gwen));

        // the quarantine holds each with its reason; the other agency's users do not see them
        JsonNode mine = Api.as("home-carer").get("/quarantine?agency=gofal-da-homecare&limit=500").json();
        assertTrue(mine.get("items").size() >= 4);
        mine.get("items").forEach(q -> assertEquals("gofal-da-homecare", q.get("agency").asText()));
        assertEquals(403, Api.as("physio").get("/quarantine?agency=gofal-da-homecare").status());
        String unknownId = null;
        for (JsonNode q : mine.get("items")) {
            if ("LL-IT-8".equals(q.path("sourceKey").asText())) {
                unknownId = q.get("id").asText();
            }
        }
        assertEquals(404, Api.as("physio").get("/quarantine/" + unknownId).status());
        assertTrue(Api.as("home-carer").get("/quarantine/" + unknownId).json().get("payload").asText()
                .contains("GD-NOBODY"));

        // a corrected payload that still cannot land: the item keeps its new reason, payload and retry count
        Api.Reply stillUnknown = Api.as("home-carer").post("/quarantine/" + unknownId + "/retry", CSV,
                bytes(learningLog("GD-NOBODY-2", "LL-IT-8")));
        assertEquals(unknownId, stillUnknown.json().get("quarantined").get(0).get("quarantineId").asText());
        JsonNode kept = Api.as("home-carer").get("/quarantine/" + unknownId).json();
        assertEquals(reasons(stillUnknown).get(0), kept.get("reason").asText());
        assertTrue(kept.toString(), kept.get("reason").asText().contains("provider GD-NOBODY-2"));
        assertTrue(kept.get("payload").asText().contains("GD-NOBODY-2"));
        assertEquals(1, kept.get("retries").asInt());

        // fixed: the person is registered, the item retried (as the inbox, it needs no purpose), and it leaves
        person("Neb", "4857773457", "CC-IT-3", "GD-NOBODY-2");
        Api.Reply retried = Api.as("home-carer").purpose(null).post("/quarantine/" + unknownId + "/retry", CSV,
                new byte[0]);
        assertEquals(retried.toString(), 1, retried.json().get("accepted").size());
        assertEquals(404, Api.as("home-carer").get("/quarantine/" + unknownId).status());
        String garbageId = garbage.json().get("quarantined").get(0).get("quarantineId").asText();
        assertEquals(204, Api.as("home-carer").delete("/quarantine/" + garbageId).status());
        assertEquals(404, Api.as("home-carer").get("/quarantine/" + garbageId).status());
    }

    @Test
    public void anAdapterFeatureComesAndGoesWhileCofnodRuns() throws Exception {
        waitForAgencies();
        String dafydd = person("Dafydd", "9434765870", "CC-IT-4", "GD-IT-4");
        assertEquals(2, send("home-carer", HOME_CARE, CSV, learningLog("GD-IT-4", "LL-IT-20", "LL-IT-21"))
                .json().get("accepted").size());

        BundleContext framework = context.getBundle(0).getBundleContext();
        features(framework).uninstallFeature("cofnod-adapter-home-care", EnumSet.noneOf(FeaturesService.Option.class));
        String untyped;
        try {
            untyped = whileHomeCareIsGone(dafydd);
        } finally {
            // the suite's other tests need the adapter back, whatever happened here
            features(framework).installFeature("cofnod-adapter-home-care", EnumSet.noneOf(FeaturesService.Option.class));
        }
        waitForAgencies();
        assertEquals(403, Api.as("physio").post("/quarantine/retry?agency=gofal-da-homecare", CSV, new byte[0])
                .status());
        Api.Reply all = Api.as("home-carer").purpose(null).post("/quarantine/retry?agency=gofal-da-homecare", null,
                new byte[0]);
        assertEquals(all.toString(), 200, all.status());
        assertTrue(all.toString(), all.json().get("accepted").toString().contains("LL-IT-22"));
        assertTrue(all.toString(), all.json().get("quarantined").toString().contains(untyped));
        // retried naming the type it is in, it lands (it answered 415 for ever before)
        Api.Reply landed = Api.as("home-carer").post("/quarantine/" + untyped + "/retry", CSV, new byte[0]);
        assertEquals(landed.toString(), 1, landed.json().get("accepted").size());
        assertEquals(5, journeyLength(dafydd));
        assertFalse(Api.as("physio").get("/agencies").body().contains("failing"));
    }

    /**
     * With the home-care adapter uninstalled: the rest works, and its payloads wait in quarantine, counted; the id
     * of the one sent without a Content-Type.
     */
    private String whileHomeCareIsGone(String dafydd) {
        Wait.until(() -> Api.as("physio").get("/agencies"), r -> r.body().contains("no-adapter"));
        assertEquals("no-adapter", agency("gofal-da-homecare").get("health").asText());
        assertEquals("up", agency("cardiff-vale-uhb").get("health").asText());
        assertEquals("up", agency("cardiff-council").get("health").asText());
        assertEquals("data already ingested stays", 2, journeyLength(dafydd));

        // the other adapters keep working
        Api.Reply physio = send("physio", PHYSIO, FHIR, "{\"resourceType\":\"Encounter\",\"id\":\"enc-it-1\","
                + "\"status\":\"finished\",\"class\":{\"code\":\"HH\"},\"type\":[{\"text\":\"home physiotherapy\"}],"
                + "\"subject\":{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9434765870\"}},"
                + "\"period\":{\"start\":\"2026-10-02T10:00:00+01:00\"}}");
        assertEquals(physio.toString(), 1, physio.json().get("accepted").size());

        // a payload for the missing adapter waits whole in quarantine, nothing lost, and the agency counts it
        Api.Reply waiting = send("home-carer", HOME_CARE, CSV, learningLog("GD-IT-4", "LL-IT-22"));
        assertTrue(reasons(waiting).get(0).contains("no 'home-care' adapter is installed"));
        // sent without a Content-Type: nothing could say which of the adapter's types it is
        Api.Reply untyped = send("home-carer", HOME_CARE, null, learningLog("GD-IT-4", "LL-IT-23"));
        JsonNode counted = agency("gofal-da-homecare").get("quarantine");
        assertTrue(counted.toString(), counted.get("count").asInt() >= 2);
        assertTrue(counted.toString(), counted.hasNonNull("oldest"));
        return untyped.json().get("quarantined").get(0).get("quarantineId").asText();
    }
}
