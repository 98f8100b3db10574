package cymru.cofnod.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.TimelineItem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The client's JSON: ISO 8601 times as the API writes them; fields the client does not know yet (a newer
 * server's, the coach's advice beside a written item) are passed over, so the server can grow without
 * breaking it.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("cofnod-journey")
                    .addDeserializer(TimelineItem.class, fromTree(TimelineItem.class, Json::journeyStep)))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {
    }

    /** A deserializer that reads the value's JSON as a tree and makes the value from it with {@code read}. */
    static <T> StdDeserializer<T> fromTree(Class<T> type, Function<JsonNode, T> read) {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read.apply(p.readValueAsTree());
            }
        };
    }

    /** A step of the journey: its item read as the type its kind names. */
    private static TimelineItem journeyStep(JsonNode step) {
        String kind = step.path("kind").asText(null);
        JsonNode item = step.get("item");
        RecordItem read = item == null ? null : ItemKind.byName(kind)
                .map(k -> (RecordItem) MAPPER.convertValue(item, k.type())).orElse(null);
        List<String> outcomeIds = new ArrayList<>();
        step.path("outcomeIds").forEach(id -> outcomeIds.add(id.asText()));
        return new TimelineItem(step.path("id").asText(null), kind,
                step.hasNonNull("occurredAt") ? Instant.parse(step.get("occurredAt").asText()) : null,
                step.path("agency").asText(null), step.path("recordedBy").asText(null), outcomeIds, read);
    }
}
