package cymru.cofnod.adapter.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to one payload: every item, accepted, duplicate or quarantined, with its reason. */
public record IngestReport(String agency, List<ItemResult> accepted, List<ItemResult> duplicate,
                           List<ItemResult> quarantined) {

    public IngestReport {
        accepted = List.copyOf(accepted);
        duplicate = List.copyOf(duplicate);
        quarantined = List.copyOf(quarantined);
    }

    public int total() {
        return accepted.size() + duplicate.size() + quarantined.size();
    }

    /**
     * One item's fate.
     *
     * @param sourceKey    the agency's own id for it
     * @param itemId       the record item it became (or already was)
     * @param quarantineId where it waits, when quarantined
     * @param reason       why it was quarantined, or what it was matched to
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(String sourceKey, String type, String personId, String itemId, String quarantineId,
                             String reason) {
    }
}
