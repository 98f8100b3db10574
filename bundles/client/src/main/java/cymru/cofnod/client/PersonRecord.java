package cymru.cofnod.client;

import com.fasterxml.jackson.databind.JsonNode;
import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.BreakGlass;
import cymru.cofnod.consent.api.ConsentDirective;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.TimelineItem;
import java.util.List;
import java.util.Map;

/** One person's record: its collections, the journey across agencies, the profile, consents and who looked. */
public final class PersonRecord {

    private final Calls calls;
    private final String path;

    PersonRecord(Calls calls, String personId) {
        this.calls = calls;
        this.path = People.path(personId);
    }

    public <T extends RecordItem> RecordItems<T> items(ItemKind<T> kind) {
        return new RecordItems<>(calls, path, kind);
    }

    /** The journey, newest first, each step's item typed by its kind. */
    public Page<TimelineItem> journey(Journey filter, Cursor at) {
        return calls.get(filter.appliedTo(Query.of(path + "/timeline")).page(at), Calls.pageOf(TimelineItem.class));
    }

    /** The one-page profile as the API answers it (the newest profile, with what the record says beside it). */
    public JsonNode profile() {
        return calls.get(path + "/profile", JsonNode.class);
    }

    public JsonNode strengthsAndRisks() {
        return calls.get(path + "/strengths-and-risks", JsonNode.class);
    }

    /** The consent directives on this person's record. */
    public List<ConsentDirective> consents() {
        return calls.get(path + "/consents", Calls.listOf(ConsentDirective.class));
    }

    public ConsentDirective giveConsent(ConsentDirective directive) {
        return calls.post(path + "/consents", directive, ConsentDirective.class);
    }

    /** Opens the record for safeguarding, for a limited time, with a reason; flagged and raised for review. */
    public BreakGlass breakGlass(String reason) {
        return calls.post(path + "/break-glass", Map.of("reason", reason), BreakGlass.class);
    }

    public List<BreakGlass> breakGlassEvents() {
        return calls.get(path + "/break-glass", Calls.listOf(BreakGlass.class));
    }

    /** Who looked at this record, in plain words. */
    public Page<AccessLogLine> accessLog(Cursor at) {
        return calls.get(Query.of(path + "/access-log").page(at), Calls.pageOf(AccessLogLine.class));
    }
}
