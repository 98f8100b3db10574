package cymru.cofnod.adapter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cymru.cofnod.core.api.JsonFault;
import cymru.cofnod.core.api.StrictJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The common shape of an agency's JSON export: an object of named lists, e.g. {@code {"visits": [...]}}. Each
 * element becomes one item, keyed by its {@code id} (or the field the adapter names) and kept as {@code {"visits": [element]}} so that it is a
 * payload of the same format on its own. The parsed form handed to the adapter is an {@link Element}.
 */
public final class JsonLists {

    private static final ObjectMapper JSON = StrictJson.mapper();

    private JsonLists() {
    }

    /** One element of one list. */
    public record Element(String list, JsonNode node) {
    }

    /** Splits {@code text}; lists are read in the order given, so earlier lists can be named by later ones. */
    public static List<InboundItem> split(String text, List<String> lists) {
        return split(text, lists, "id");
    }

    /**
     * As {@link #split(String, List)}, each element keyed by its field {@code keyField} (the agency's own id for it,
     * e.g. {@code visitRef}) rather than {@code id}.
     */
    public static List<InboundItem> split(String text, List<String> lists, String keyField) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of(InboundItem.unreadable(null, "payload", text, "not valid JSON: " + JsonFault.of(e)));
        }
        if (root == null || !root.isObject() || lists.stream().noneMatch(root::has)) {
            return List.of(InboundItem.unreadable(null, "payload", text,
                    "expected a JSON object with at least one of the lists " + lists));
        }
        List<InboundItem> items = new ArrayList<>();
        for (String list : lists) {
            JsonNode elements = root.path(list);
            if (root.has(list) && !elements.isArray()) {
                items.add(InboundItem.unreadable(null, list, text, "'" + list + "' must be a list"));
                continue;
            }
            for (JsonNode element : elements) {
                ObjectNode alone = JSON.createObjectNode();
                alone.putArray(list).add(element);
                JsonNode id = element.get(keyField);
                String key = id != null && id.isValueNode() && !id.asText().isBlank() ? id.asText() : null;
                items.add(element.isObject()
                        ? InboundItem.readable(key, list, alone.toString(), new Element(list, element))
                        : InboundItem.unreadable(key, list, alone.toString(), "each of '" + list + "' must be an object"));
            }
        }
        return items;
    }

    /**
     * Reads an element as a value type, refusing unknown fields and wrong types with the field's name, as the
     * API does ({@link JsonFault}).
     *
     * @throws ItemRejected naming the field that is wrong
     */
    public static <T> T read(JsonNode element, Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(element, type);
        } catch (JsonProcessingException e) {
            throw new ItemRejected(JsonFault.of(e).toString());
        }
    }
}
