package cymru.cofnod.nof.api;

import java.time.Instant;

/**
 * A NOF tag beside a person's outcome: the outcome keeps the person's words; the tag says which
 * statement it contributes to, as that statement was worded when the tag was confirmed.
 *
 * @param statement the statement as worded under {@code catalogueVersion}
 */
public record NofMapping(String outcomeId, String code, long catalogueVersion, NofEntry statement, String mappedBy,
                         String agency, Instant mappedAt) {
}
