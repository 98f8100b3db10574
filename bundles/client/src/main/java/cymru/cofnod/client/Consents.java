package cymru.cofnod.client;

import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentDirective;
import java.util.List;
import java.util.Map;

/**
 * {@code /consents} and {@code /safeguarding}: a directive by its id, its withdrawal (kept, marked withdrawn),
 * and the break-glass alerts a safeguarding lead reviews. Giving consent is on the person's record
 * ({@link PersonRecord#giveConsent}).
 */
public final class Consents {

    private final Calls calls;

    Consents(Calls calls) {
        this.calls = calls;
    }

    public ConsentDirective read(String id) {
        return calls.get("/consents/" + Query.segment(id), ConsentDirective.class);
    }

    public ConsentDirective withdraw(String id, String reason) {
        return calls.post("/consents/" + Query.segment(id) + "/withdraw", Map.of("reason", reason),
                ConsentDirective.class);
    }

    /** Break-glass events waiting for review. */
    public List<BreakGlass> alerts() {
        return calls.get("/safeguarding/alerts", Calls.listOf(BreakGlass.class));
    }

    public BreakGlass review(String breakGlassId, String notes) {
        return calls.post("/safeguarding/alerts/" + Query.segment(breakGlassId) + "/review", Map.of("notes", notes),
                BreakGlass.class);
    }
}
