package cymru.cofnod.adapter.physio.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.core.api.JsonFault;
import cymru.cofnod.core.api.StrictJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cymru.cofnod.adapter.api.InboundItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/**
 * Cuts a FHIR R4 Bundle (or a single resource) into one item per Goal, Observation and Encounter. Each item
 * is made to stand alone: its reference to a Patient in the bundle becomes a reference by NHS number, and its
 * reference to a Goal in the bundle becomes a reference by the Cofnod outcome the Goal names. Each resource is
 * then parsed by HAPI FHIR on its own, so one invalid resource does not cost the others.
 */
final class FhirSplitter {

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String COFNOD_OUTCOME = "https://cofnod.cymru/Id/outcome";
    /** Cofnod's FHIR face marks the entries it exports with their id, and with the key they came in under, if any. */
    static final String COFNOD_ENTRY = "https://cofnod.cymru/Id/entry";
    static final String COFNOD_SOURCE_KEY = "https://cofnod.cymru/Id/source-key";
    static final Set<String> READ = Set.of("Goal", "Observation", "Encounter");
    /** The references that name the person, and those that name a goal (outcome), in the resources read. */
    private static final List<String> SUBJECT = List.of("subject", "patient");
    private static final List<String> OUTCOME_LINKS = List.of("focus", "reasonReference", "basedOn");

    private static final ObjectMapper JSON = StrictJson.mapper();
    private final FhirContext fhir;

    FhirSplitter(FhirContext fhir) {
        this.fhir = fhir;
    }

    List<InboundItem> split(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of(InboundItem.unreadable(null, "payload", text, "not valid JSON: " + JsonFault.of(e)));
        }
        if (root == null || !root.isObject() || !root.path("resourceType").isTextual()) {
            return List.of(InboundItem.unreadable(null, "payload", text,
                    "not a FHIR resource: a Bundle (or one resource) with a resourceType is expected"));
        }
        if (!"Bundle".equals(root.get("resourceType").asText())) {
            return List.of(item((ObjectNode) root));
        }
        JsonNode entries = root.path("entry");
        if (!entries.isArray()) {
            return List.of(InboundItem.unreadable(null, "Bundle", text, "the Bundle has no entry list"));
        }
        Map<String, String> patients = new HashMap<>();
        Map<String, String> goals = new HashMap<>();
        for (JsonNode entry : entries) {
            JsonNode resource = entry.path("resource");
            String type = resource.path("resourceType").asText();
            String nhs = "Patient".equals(type) ? identifier(resource, NHS_NUMBER) : null;
            String outcome = "Goal".equals(type) ? identifier(resource, COFNOD_OUTCOME) : null;
            for (String name : names(entry, resource)) {
                if (nhs != null) {
                    patients.put(name, nhs);
                }
                if (outcome != null) {
                    goals.put(name, outcome);
                }
            }
        }
        List<InboundItem> items = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode resource = entry.path("resource");
            if (!resource.isObject()) {
                items.add(InboundItem.unreadable(null, "entry", entry.toString(), "a Bundle entry without a resource"));
            } else if (!"Patient".equals(resource.path("resourceType").asText())) {
                ObjectNode alone = ((ObjectNode) resource).deepCopy();
                rewrite(alone, SUBJECT, patients, NHS_NUMBER);
                rewrite(alone, OUTCOME_LINKS, goals, COFNOD_OUTCOME);
                items.add(item(alone));
            }
        }
        return items;
    }

    private InboundItem item(ObjectNode resource) {
        String type = resource.path("resourceType").asText();
        String payload = resource.toString();
        String key = key(resource);
        if (!READ.contains(type)) {
            return InboundItem.unreadable(key, type, payload, "the physio adapter reads " + READ + ", not " + type);
        }
        if (key == null) {
            return InboundItem.unreadable(null, type, payload, "the " + type + " has neither an identifier nor an id"
                    + " to tell it apart when it is sent again");
        }
        try {
            Resource parsed = (Resource) parser().parseResource(payload);
            return InboundItem.readable(key, type, payload, parsed);
        } catch (DataFormatException | ClassCastException e) {
            return InboundItem.unreadable(key, type, payload, "not a valid FHIR R4 " + type + ": " + e.getMessage());
        }
    }

    private IParser parser() {
        return fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /**
     * The resource's own key: its first identifier of the agency's own (system|value), else its type and id. A
     * Goal's Cofnod outcome identifier names the outcome, not the Goal, so it is never the key, nor are Cofnod's
     * entry ids; an entry Cofnod exported with the key it came in under is keyed by that, so sent back it is the
     * same item.
     */
    private static String key(JsonNode resource) {
        String cameInAs = identifier(resource, COFNOD_SOURCE_KEY);
        if (cameInAs != null) {
            return cameInAs;
        }
        for (JsonNode id : resource.path("identifier")) {
            if (id.path("value").isTextual() && !id.path("system").asText().startsWith("https://cofnod.cymru/Id/")) {
                return id.path("system").asText("") + "|" + id.get("value").asText();
            }
        }
        if (resource.path("id").isTextual()) {
            return resource.path("resourceType").asText() + "/" + resource.get("id").asText();
        }
        return null;
    }

    private static String identifier(JsonNode resource, String system) {
        for (JsonNode id : resource.path("identifier")) {
            if (system.equals(id.path("system").asText()) && id.path("value").isTextual()) {
                return id.get("value").asText();
            }
        }
        return null;
    }

    /** How other entries may refer to this one: its fullUrl, and Type/id. */
    private static List<String> names(JsonNode entry, JsonNode resource) {
        List<String> names = new ArrayList<>();
        if (entry.path("fullUrl").isTextual()) {
            names.add(entry.get("fullUrl").asText());
        }
        if (resource.path("id").isTextual()) {
            names.add(resource.path("resourceType").asText() + "/" + resource.get("id").asText());
        }
        return names;
    }

    /** Turns references to entries of the bundle into references by identifier, so the resource stands alone. */
    private static void rewrite(ObjectNode resource, List<String> fields, Map<String, String> known, String system) {
        for (String field : fields) {
            JsonNode value = resource.get(field);
            if (value == null) {
                continue;
            }
            for (JsonNode reference : value.isArray() ? value : List.of(value)) {
                if (reference instanceof ObjectNode ref && ref.path("reference").isTextual()
                        && known.containsKey(ref.get("reference").asText())) {
                    String target = known.get(ref.get("reference").asText());
                    ref.remove("reference");
                    ref.putObject("identifier").put("system", system).put("value", target);
                }
            }
        }
    }
}
