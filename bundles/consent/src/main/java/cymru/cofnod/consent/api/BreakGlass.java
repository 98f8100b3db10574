package cymru.cofnod.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One safeguarding break-glass: who, why, until when, and the lead's review afterwards.
 *
 * @param endedAt when it was ended before it expired, and {@code endedBy} whom by
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BreakGlass(String id, String personId, String user, String agency, String reason, Instant grantedAt,
                         Instant expiresAt, boolean active, Instant reviewedAt, String reviewedBy, String reviewNotes,
                         Instant endedAt, String endedBy) {
}
