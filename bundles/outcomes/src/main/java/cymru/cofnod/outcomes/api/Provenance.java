package cymru.cofnod.outcomes.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Who wrote this version of an item, for which agency, when, and who did the work it records; set by Cofnod from
 * the request, never taken from the client.
 *
 * @param sourceKey   the agency's own id for an item that came in through an adapter
 * @param performedBy who did the work: the practitioner the sending system named, or for an item written through
 *                    the API the writer; none when a sending system named nobody
 * @param sentBy      for an item that came from an agency's system, the system's user that sent it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String recordedBy, String agency, Instant recordedAt, String sourceKey,
                         Practitioner performedBy, String sentBy) {

    /** Provenance that names no one beside the writer. */
    public Provenance(String recordedBy, String agency, Instant recordedAt, String sourceKey) {
        this(recordedBy, agency, recordedAt, sourceKey, null, null);
    }
}
