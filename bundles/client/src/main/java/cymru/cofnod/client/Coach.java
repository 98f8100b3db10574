package cymru.cofnod.client;

import com.fasterxml.jackson.databind.JsonNode;
import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.KindExplanation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /coach}: the recording coach's advice on words as they are written; it never blocks nor rewrites. */
public final class Coach {

    private final Calls calls;

    Coach(Calls calls) {
        this.calls = calls;
    }

    /**
     * Advice on {@code text} written in {@code field} ({@code outcome}, {@code entry}, ...), in {@code language}
     * ({@code cy}, {@code en}, or null to let the coach tell).
     */
    public List<Advice> advice(String text, String field, String language) {
        Map<String, String> request = new HashMap<>();
        request.put("text", text);
        request.put("field", field);
        request.put("language", language);
        JsonNode answer = calls.post("/coach/advice", request, JsonNode.class);
        return Json.MAPPER.convertValue(answer.path("advice"), Calls.listOf(Advice.class));
    }

    public List<KindExplanation> kinds() {
        return calls.get("/coach/kinds", Calls.listOf(KindExplanation.class));
    }
}
