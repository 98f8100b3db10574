package cymru.cofnod.client;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.QuarantinedItem;
import cymru.cofnod.core.api.Page;
import java.util.List;

/**
 * The agencies' doors: their adapters' status, their inboxes (a payload in the agency's own format) and the
 * quarantine of what could not be taken in.
 */
public final class Agencies {

    private final Calls calls;

    Agencies(Calls calls) {
        this.calls = calls;
    }

    public List<AgencyStatus> list() {
        return calls.get("/agencies", Calls.listOf(AgencyStatus.class));
    }

    /** Sends a payload as the agency's system writes it; what could not be taken in is quarantined, not lost. */
    public IngestReport send(String agency, String mediaType, byte[] payload) {
        return calls.send(Request.of("POST", "/agencies/" + Query.segment(agency) + "/inbox", payload, mediaType))
                .as(IngestReport.class);
    }

    /** The quarantine, of one agency or of all the asker may see when {@code agency} is null. */
    public Page<QuarantinedItem> quarantine(String agency, Cursor at) {
        return calls.get(Query.of("/quarantine").and("agency", agency).page(at), Calls.pageOf(QuarantinedItem.class));
    }

    public QuarantinedItem quarantined(String id) {
        return calls.get(quarantinePath(id), QuarantinedItem.class);
    }

    /** Tries a quarantined payload again, after a fix. */
    public IngestReport retry(String id) {
        return calls.post(quarantinePath(id) + "/retry", null, IngestReport.class);
    }

    public void discard(String id) {
        calls.delete(quarantinePath(id));
    }

    private static String quarantinePath(String id) {
        return "/quarantine/" + Query.segment(id);
    }
}
