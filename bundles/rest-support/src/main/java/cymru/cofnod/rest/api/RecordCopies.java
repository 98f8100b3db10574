package cymru.cofnod.rest.api;

import cymru.cofnod.core.api.Requester;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The person's own copy of their record (a subject access request), which {@code GET /people/{id}/export} sends:
 * provided by a bundle that can write it (the FHIR face), so the API carries no FHIR library. Who may have it is
 * the provider's to check: the person with their own login, or an administrator on the person's behalf.
 */
public interface RecordCopies {

    /** The copy's media type. */
    String MEDIA_TYPE = "application/zip";

    /**
     * Writes the copy, as the person sees their record, to {@code out}.
     *
     * @param reason the subject access request an administrator answers (its reference); the person needs none
     * @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such person, or not one the
     *         requester may have the copy of
     */
    void write(Requester requester, String personId, String reason, OutputStream out) throws IOException;
}
