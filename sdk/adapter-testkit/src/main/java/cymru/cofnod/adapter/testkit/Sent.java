package cymru.cofnod.adapter.testkit;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.adapter.api.IngestReport.ItemResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cofnod's answer to one payload (or retry), with assertions that name what was expected and what came: each
 * throws {@link AssertionError}, as JUnit's do, and returns this answer to chain the next.
 */
public final class Sent {

    private final IngestReport report;

    Sent(IngestReport report) {
        this.report = report;
    }

    /** The answer as the inbox gives it. */
    public IngestReport report() {
        return report;
    }

    /** Exactly this many items landed. */
    public Sent accepted(int expected) {
        return count("accepted", report.accepted(), expected);
    }

    /** Exactly this many items had been sent before, and were stored once. */
    public Sent duplicates(int expected) {
        return count("duplicate", report.duplicate(), expected);
    }

    /** Exactly this many items wait in quarantine. */
    public Sent quarantined(int expected) {
        return count("quarantined", report.quarantined(), expected);
    }

    /** The item with this own id waits in quarantine, with a reason that contains these words. */
    public Sent quarantinedBecause(String sourceKey, String words) {
        String reason = find(report.quarantined(), sourceKey, "quarantined").reason();
        if (reason == null || !reason.contains(words)) {
            throw new AssertionError(sourceKey + " was quarantined because \"" + reason + "\", not \"" + words + "\"");
        }
        return this;
    }

    /** The record item the item with this own id became (accepted, or stored before as a duplicate). */
    public String itemId(String sourceKey) {
        return itemIds(sourceKey).get(0);
    }

    /**
     * The record items the item with this own id became (accepted, or stored before as a duplicate): one, or for an
     * item that adds several together ({@code RecordCommand.AddTogether}) each of them, in the adapter's order.
     */
    public List<String> itemIds(String sourceKey) {
        ItemResult item = find(Stream.concat(report.accepted().stream(), report.duplicate().stream()).toList(),
                sourceKey, "accepted or duplicate");
        return Stream.concat(Stream.of(item.itemId()),
                item.alsoAdded() == null ? Stream.empty() : item.alsoAdded().stream()).toList();
    }

    /** Where the item with this own id waits, to retry it. */
    public String quarantineId(String sourceKey) {
        return find(report.quarantined(), sourceKey, "quarantined").quarantineId();
    }

    private Sent count(String what, List<ItemResult> items, int expected) {
        if (items.size() != expected) {
            throw new AssertionError("expected " + expected + " " + what + " but was " + items.size() + ": " + report);
        }
        return this;
    }

    private ItemResult find(List<ItemResult> items, String sourceKey, String what) {
        return items.stream().filter(i -> java.util.Objects.equals(sourceKey, i.sourceKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " item " + sourceKey + ": " + report));
    }
}
