package cymru.cofnod.outcomes.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Who wrote this version of an item, for which agency, when; set by Cofnod from the request, never
 * taken from the client.
 *
 * @param sourceKey the agency's own id for an item that came in through an adapter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String recordedBy, String agency, Instant recordedAt, String sourceKey) {
}
