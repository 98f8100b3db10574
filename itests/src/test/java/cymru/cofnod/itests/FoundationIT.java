package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.ops4j.pax.exam.Configuration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The foundation end to end in one container: bundles, health, security, people over HTTP, every error. */
public class FoundationIT extends SharedCofnod {

    @Inject
    private BundleContext context;

    @Inject
    private MetaTypeService metaTypes;

    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void everyCofnodBundleIsActiveAndHealthSaysUp() {
        Set<String> active = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().startsWith("cymru.cofnod.")) {
                assertEquals(b.getSymbolicName() + " is active", Bundle.ACTIVE, b.getState());
                active.add(b.getSymbolicName());
            }
        }
        assertTrue(active.containsAll(Set.of("cymru.cofnod.cofnod-core", "cymru.cofnod.cofnod-outcomes",
                "cymru.cofnod.cofnod-rest", "cymru.cofnod.cofnod-demo")));

        Api.Reply open = Wait.forHealth();
        assertEquals(open.toString(), 200, open.status());
        assertEquals("without credentials, only UP or DOWN", "{\"status\":\"UP\"}", open.body());
        Api.Reply health = Api.as("admin").get("/health");
        assertEquals("UP", health.json().get("status").asText());
        assertEquals("UP", health.json().get("database").get("status").asText());
        assertEquals(active.size(), health.json().get("bundles").size());
    }

    /** Every Cofnod PID and factory PID, with its settings' defaults, as {@code config:edit} and the console show them. */
    @Test
    public void everyCofnodPidHasItsSettingsDescribed() throws Exception {
        Map<String, Map<String, AttributeDefinition>> described = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().startsWith("cymru.cofnod.")) {
                MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
                for (String pid : info.getPids()) {
                    described.put(pid, attributes(info.getObjectClassDefinition(pid, null)));
                }
                for (String pid : info.getFactoryPids()) {
                    described.put(pid, attributes(info.getObjectClassDefinition(pid, null)));
                }
            }
        }
        assertEquals("30", described.get("cymru.cofnod.rest").get("rememberLoginSeconds").getDefaultValue()[0]);
        assertEquals("cofnod", described.get("cymru.cofnod.rest").get("realm").getDefaultValue()[0]);
        assertEquals("10", described.get("cymru.cofnod.ingest").get("maxPayloadMegabytes").getDefaultValue()[0]);
        assertEquals("4", described.get("cymru.cofnod.consent").get("breakGlassHours").getDefaultValue()[0]);
        assertTrue(described.get("cymru.cofnod.agency").keySet().containsAll(Set.of("id", "name", "adapterKind")));
        assertTrue(described.containsKey("cymru.cofnod.web.internal.WebPages"));

        org.osgi.service.cm.Configuration[] present = configurations.listConfigurations(
                "(|(service.pid=cymru.cofnod.*)(service.factoryPid=cymru.cofnod.*))");
        assertNotNull(present);
        for (org.osgi.service.cm.Configuration c : present) {
            String pid = c.getFactoryPid() != null ? c.getFactoryPid() : c.getPid();
            assertTrue(pid + " has a metatype", described.containsKey(pid));
        }
    }

    private static Map<String, AttributeDefinition> attributes(ObjectClassDefinition ocd) {
        Map<String, AttributeDefinition> byId = new HashMap<>();
        for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            byId.put(ad.getID(), ad);
        }
        return byId;
    }

    @Test
    public void everythingButHealthNeedsCredentials() {
        Wait.forHealth();
        Api.Reply none = Api.anonymous().get("/people");
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals("application/problem+json", none.header("Content-Type"));
        assertEquals(401, Api.as("social-worker").withPassword("wrong").get("/people").status());
        assertEquals(401, Api.as("nobody").get("/people").status());
        assertEquals(200, Api.anonymous().get("/health").status());
    }

    @Test
    public void personRoundTripWithVersionsAndWelshIntact() {
        Api sw = Wait.forLogin("social-worker");
        Api.Reply created = sw.post("/people", "{\"givenName\":\"Siân\",\"familyName\":\"ap Dafydd\","
                + "\"preferredLanguage\":\"cy\",\"dateOfBirth\":\"1948-02-29\","
                + "\"communicationNeeds\":\"Mae'n well ganddi siarad Cymraeg; clyw gwan — ŵ ŷ â ê î ô û\","
                + "\"identifiers\":{\"nhsNumber\":\"943 476 5803\"}}");
        assertEquals(created.toString(), 201, created.status());
        assertEquals("\"1\"", created.header("ETag"));
        String id = created.json().get("id").asText();
        assertTrue(created.header("Location").endsWith("/people/" + id));

        Api.Reply read = sw.get("/people/" + id);
        assertEquals(200, read.status());
        assertEquals("Siân", read.json().get("givenName").asText());
        assertEquals("Mae'n well ganddi siarad Cymraeg; clyw gwan — ŵ ŷ â ê î ô û",
                read.json().get("communicationNeeds").asText());

        Api.Reply updated = sw.put("/people/" + id, "{\"givenName\":\"Siân\",\"familyName\":\"ap Dafydd\","
                + "\"preferredLanguage\":\"cy\",\"activeOffer\":{\"made\":true,\"madeAt\":\"2026-11-01T10:00:00Z\"}}",
                "\"1\"");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("\"2\"", updated.header("ETag"));
        assertTrue(sw.get("/people/" + id).json().get("activeOffer").get("made").asBoolean());

        JsonNode history = sw.get("/people/" + id + "/history").json();
        assertEquals(2, history.size());
        assertEquals("superseded", history.get(0).get("state").asText());
        assertEquals("live", history.get(1).get("state").asText());

        // an agency not involved in her care changes nothing of her identity (docs/access.md)
        assertEquals(404, Api.as("physio").put("/people/" + id,
                "{\"givenName\":\"Sian\",\"preferredLanguage\":\"en\"}", "\"2\"").status());
        // a writer of the same first version again loses nothing: 412
        Api.Reply stale = sw.put("/people/" + id, "{\"givenName\":\"Sian\",\"preferredLanguage\":\"en\"}",
                "\"1\"");
        assertEquals(412, stale.status());
        assertEquals("application/problem+json", stale.header("Content-Type"));
        assertEquals("Siân", sw.get("/people/" + id).json().get("givenName").asText());
        assertEquals(428, sw.put("/people/" + id, "{\"givenName\":\"Sian\",\"preferredLanguage\":\"en\"}", null)
                .status());
    }

    @Test
    public void listIsKeysetPagedWithoutTotals() {
        Api sw = Wait.forLogin("social-worker");
        for (int i = 0; i < 5; i++) {
            assertEquals(201, sw.post("/people", "{\"givenName\":\"Page" + i + "\",\"preferredLanguage\":\"en\"}")
                    .status());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = sw.get("/people?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertFalse("no total is given", page.has("total"));
            assertTrue(page.get("items").size() <= 2);
            page.get("items").forEach(p -> assertTrue("no repeats", seen.add(p.get("id").asText())));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertTrue(seen.size() >= 6);
        assertEquals(400, sw.get("/people?limit=0").status());
        assertEquals(400, sw.get("/people?cursor=not-a-cursor").status());
    }

    @Test
    public void errorsAreProblemDocumentsWithoutStackTraces() {
        Api sw = Wait.forLogin("social-worker");
        Api.Reply malformed = sw.post("/people", "{\"givenName\": \"Rhodri\",");
        assertEquals(400, malformed.status());
        assertEquals("application/problem+json", malformed.header("Content-Type"));
        assertFalse(malformed.body().contains("at cymru.") || malformed.body().contains("Exception"));

        Api.Reply wrongType = sw.post("/people", "{\"givenName\":\"R\",\"preferredLanguage\":\"en\",\"dateOfBirth\":42.5}");
        assertEquals(400, wrongType.status());

        Api.Reply unknown = sw.get("/people/00000000-0000-0000-0000-000000000000");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.header("Content-Type"));

        Api.Reply invalid = sw.post("/people", "{\"preferredLanguage\":\"fr\",\"identifiers\":{\"nhsNumber\":\"9434765918\"}}");
        assertEquals(422, invalid.status());
        Set<String> fields = new HashSet<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("givenName", "preferredLanguage", "identifiers.nhsNumber"), fields);

        assertEquals(400, sw.purpose(null).get("/people").status());
        assertEquals(400, sw.purpose("curiosity").get("/people").status());
        Api.Reply noRoute = sw.get("/no-such-thing");
        assertEquals(404, noRoute.status());
        assertNotNull(noRoute.json().get("title"));
    }

    @Test
    public void rhodriIsThereFromTheDemoData() {
        Wait.forHealth();
        JsonNode people = Wait.until(() -> Api.as("social-worker").get("/people?limit=500"),
                r -> r.body().contains("9991000232")).json();
        boolean found = false;
        for (JsonNode p : people.get("items")) {
            found |= "9991000232".equals(p.path("identifiers").path("nhsNumber").asText());
        }
        assertTrue(found);
    }
}
