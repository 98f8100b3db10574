package cymru.cofnod.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One audited request.
 *
 * @param action   {@code read}, {@code write}, {@code consent} or {@code break-glass}
 * @param resource what was asked for ({@code GET /people/{id}/timeline})
 * @param detail   what the services did: read, wrote or refused, with the reason for a refusal
 * @param result   the answer given ({@code 200}, {@code 404}...)
 * @param hash     SHA-256 over this event and the previous event's hash
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(long sequence, Instant at, String user, String agency, String role, String purpose,
                         String personId, String action, String resource, String detail, String result,
                         boolean breakGlass, String previousHash, String hash) {
}
