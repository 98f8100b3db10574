package cymru.cofnod.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One audited request.
 *
 * @param action   {@code read}, {@code write}, {@code consent} or {@code break-glass}
 * @param resource what was asked for ({@code GET /people/{id}/timeline})
 * @param detail   what the services did: read, wrote or refused, with the reason for a refusal
 * @param result   the answer given ({@code 200}, {@code 404}...)
 * @param keyId    the audit key the hash was made with (keys rotate; old ones are kept for verification)
 * @param versions the item versions a write stored, each with its digest
 * @param hash     HMAC-SHA256, with the key {@code keyId}, over this event and the previous event's hash
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AuditEvent(long sequence, Instant at, String user, String agency, String role, String purpose,
                         String personId, String action, String resource, String detail, String result,
                         boolean breakGlass, List<VersionDigest> versions, String previousHash, String keyId,
                         String hash) {
    public AuditEvent {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** This event as the next link of a chain whose head is {@code previousHash}, hashed with {@code keyId}. */
    public AuditEvent chained(long nextSequence, String previous, String key, String newHash) {
        return new AuditEvent(nextSequence, at, user, agency, role, purpose, personId, action, resource, detail,
                result, breakGlass, versions, previous, key, newHash);
    }
}
