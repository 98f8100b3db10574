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
     * @param alsoAdded    for an item that adds several things together ({@link RecordCommand.AddTogether}), the
     *                     record items it became besides {@code itemId}, in the adapter's order; else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(String sourceKey, String type, String personId, String itemId, String quarantineId,
                             String reason, List<String> alsoAdded) {

        /** One item that became at most one record item. */
        public ItemResult(String sourceKey, String type, String personId, String itemId, String quarantineId,
                          String reason) {
            this(sourceKey, type, personId, itemId, quarantineId, reason, null);
        }
    }
}
