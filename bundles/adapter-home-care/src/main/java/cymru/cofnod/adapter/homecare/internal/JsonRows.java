package cymru.cofnod.adapter.homecare.internal;

import com.fasterxml.jackson.databind.JsonNode;
import cymru.cofnod.adapter.api.InboundItem;
import cymru.cofnod.adapter.api.JsonLists;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON: {@code {"visits": [...], "learningLogs": [...]}}, each element one item with text fields. */
final class JsonRows {

    private JsonRows() {
    }

    static List<InboundItem> split(String text) {
        return JsonLists.split(text, List.of("visits", "learningLogs")).stream().map(JsonRows::row).toList();
    }

    /** An element's fields as text, or the field that is not text. */
    private static InboundItem row(InboundItem item) {
        if (!(item.parsed() instanceof JsonLists.Element element)) {
            return item;
        }
        boolean learningLog = "learningLogs".equals(element.list());
        String type = learningLog ? "learning-log" : "visit";
        Map<String, String> fields = new LinkedHashMap<>();
        var names = element.node().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode value = element.node().get(name);
            if (!value.isTextual() && !value.isNull()) {
                return InboundItem.unreadable(item.sourceKey(), type, item.payload(), name
                        + " must be text, not " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            fields.put(name, value.isNull() ? null : value.asText());
        }
        return InboundItem.readable(item.sourceKey(), type, item.payload(), new Row(learningLog, fields, false));
    }
}
