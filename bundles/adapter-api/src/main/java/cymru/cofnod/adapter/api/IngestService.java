package cymru.cofnod.adapter.api;

import cymru.cofnod.core.api.Page;
import cymru.cofnod.core.api.PageRequest;
import cymru.cofnod.core.api.Requester;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Takes agencies' payloads in through their adapters, item by item, and keeps what cannot be taken in.
 * Only users of an agency (or an administrator) may send to it or see its quarantine.
 */
@ProviderType
public interface IngestService {

    /** The largest payload taken in one go (set by {@code maxPayloadMegabytes} in {@code cymru.cofnod.ingest}). */
    long maxPayloadBytes();

    /** Every configured agency, with its adapter kind and health. */
    List<AgencyStatus> agencies();

    /**
     * Ingests one payload in the agency's own format. Each item lands whole or goes to quarantine with its
     * reason; the same item sent again is reported as a duplicate and stored once.
     *
     * @throws cymru.cofnod.core.api.RecordNotFoundException when there is no such agency
     * @throws cymru.cofnod.core.api.AccessDeniedException   when the requester is not of that agency
     * @throws UnsupportedMediaType                          when the agency's adapter does not read this media type
     * @throws PayloadTooLarge                               when the payload is over {@link #maxPayloadBytes()}
     */
    IngestReport ingest(Requester requester, String agency, String mediaType, byte[] payload);

    /**
     * What {@link #ingest} would do with the payload, item by item, without writing anything: it is split and
     * translated, people and outcomes matched, and each item reported as it would be accepted (with the person it
     * matched) or quarantined (with the reason, and no quarantine id). Nothing is recorded or quarantined; the
     * record's own checks when an item is stored (its rules, and whether it was sent before) come only with
     * {@link #ingest}. The same checks of agency, requester, media type and size apply.
     */
    IngestReport dryRun(Requester requester, String agency, String mediaType, byte[] payload);

    /** Quarantined items the requester may see (their agency's, or all for an administrator), oldest first. */
    Page<QuarantinedItem> quarantine(Requester requester, String agency, PageRequest page);

    /**
     * One quarantined item: with its payload (raw personal data) to the sending agency's practitioners only; an
     * administrator sees the reason and metadata without it.
     */
    QuarantinedItem quarantined(Requester requester, String id);

    /**
     * Tries a quarantined item again (after the person was registered, or the outcome recorded), with a corrected
     * payload if one is given. It leaves quarantine when it lands; otherwise it stays with the new reason.
     */
    default IngestReport retry(Requester requester, String id, byte[] correctedPayload) {
        return retry(requester, id, null, correctedPayload);
    }

    /**
     * As {@link #retry(Requester, String, byte[])}, the corrected payload read as {@code mediaType}. Without one the
     * item is read as the type it came as; a payload that waited for a missing adapter and came as a type the
     * adapter does not read is read as {@code mediaType}, or as the adapter's only type.
     */
    IngestReport retry(Requester requester, String id, String mediaType, byte[] correctedPayload);

    /**
     * Retries every item of the agency's quarantine as it is, oldest first: after a person was registered or an
     * adapter came back. What still cannot be taken in stays, with its new reason.
     */
    IngestReport retryAll(Requester requester, String agency);

    /** Removes a quarantined item for good. */
    void discard(Requester requester, String id);

    /** A payload over {@link #maxPayloadBytes()}: nothing of it was read. */
    class PayloadTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PayloadTooLarge(long size, long max) {
            super("The payload is " + size / 1024 + " KB; an inbox takes at most " + max / (1024 * 1024)
                    + " MB at a time: send it in smaller batches");
        }
    }

    /** A media type the agency's adapter does not read: the answer names the ones it does. */
    class UnsupportedMediaType extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnsupportedMediaType(String message) {
            super(message);
        }
    }
}
