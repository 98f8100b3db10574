package cymru.cofnod.adapter.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An item that could not be taken in, kept with its payload and the reason until it is retried or discarded.
 *
 * @param payload the item as received (left out of lists)
 * @param retries how many times it has been retried
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuarantinedItem(String id, String agency, String sourceKey, String type, String mediaType,
                              String reason, Instant received, int retries, Instant lastTried, String payload) {
}
