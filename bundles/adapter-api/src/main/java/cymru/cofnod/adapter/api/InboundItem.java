package cymru.cofnod.adapter.api;

/**
 * One item of a payload, standing alone: it can be quarantined, shown and retried by itself.
 *
 * @param sourceKey the agency's own id for the item, its idempotency key; null only when it cannot be read
 * @param type      what the item is in the agency's words ({@code Observation}, {@code learning-log}, ...)
 * @param payload   the item alone, as a payload of the same media type (what quarantine keeps and retries)
 * @param parsed    the adapter's own parsed form, handed back to {@link AgencyAdapter#translate}; may be null
 * @param problem   why the item cannot be read, or null when it can
 */
public record InboundItem(String sourceKey, String type, String payload, Object parsed, String problem) {

    public static InboundItem readable(String sourceKey, String type, String payload, Object parsed) {
        return new InboundItem(sourceKey, type, payload, parsed, null);
    }

    public static InboundItem unreadable(String sourceKey, String type, String payload, String problem) {
        return new InboundItem(sourceKey, type, payload, null, problem);
    }
}
