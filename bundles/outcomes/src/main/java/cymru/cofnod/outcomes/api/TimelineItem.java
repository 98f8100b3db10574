package cymru.cofnod.outcomes.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One step of the person's journey, whichever agency recorded it.
 *
 * @param kind     the item's kind ({@code entry}, {@code outcome}, {@code decision}, ...)
 * @param agency   the agency that wrote it
 * @param item     the item itself
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TimelineItem(String id, String kind, Instant occurredAt, String agency, String recordedBy,
                           List<String> outcomeIds, RecordItem item) {
}
