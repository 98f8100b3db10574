package cymru.cofnod.outcomes.api;

import java.time.Instant;

/**
 * One version of an item as it stood, for the item's history.
 *
 * @param state    {@code live}, {@code superseded} or {@code withdrawn}
 * @param reason   why it was withdrawn, where it was
 */
public record Versioned<T>(long version, String state, String recordedBy, String agency, Instant recordedAt,
                           String reason, T item) {
}
