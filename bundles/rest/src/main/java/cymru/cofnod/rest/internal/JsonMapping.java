package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import cymru.cofnod.core.api.StrictJson;
import cymru.cofnod.outcomes.api.TimelineItem;

/** The API's JSON: read strictly ({@link StrictJson}), journey steps rendered in their own shape. */
public final class JsonMapping {

    private JsonMapping() {
    }

    public static ObjectMapper objectMapper() {
        return StrictJson.mapper().registerModule(new SimpleModule("cofnod-journey")
                .addSerializer(TimelineItem.class, new JourneyStepRendering(StrictJson.mapper())));
    }
}
