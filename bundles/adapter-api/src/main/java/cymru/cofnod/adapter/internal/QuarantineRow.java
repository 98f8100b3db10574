package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.QuarantinedItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** One item waiting in quarantine: its payload as received, why it could not be taken in, how often it was retried. */
@Entity
// one row per agency's item: two nodes keeping the same item at once keep it once (items without a key: NULL, never
// equal); an agency's quarantine is listed oldest first by id: a page starts at the cursor and stops after the page
@Table(name = "ADAPTER_QUARANTINE",
        uniqueConstraints = @UniqueConstraint(name = "ADAPTER_QUARANTINE_ONCE", columnNames = {"AGENCY", "SOURCE_KEY"}),
        indexes = @Index(name = "ADAPTER_QUARANTINE_AGENCY", columnList = "AGENCY,ID"))
public class QuarantineRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "AGENCY", nullable = false, length = 64)
    private String agency;

    @Column(name = "SOURCE_KEY", length = 256)
    private String sourceKey;

    @Column(name = "ITEM_TYPE", length = 64)
    private String type;

    @Column(name = "MEDIA_TYPE", length = 128)
    private String mediaType;

    @Column(name = "REASON", nullable = false, length = 4000)
    private String reason;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "PAYLOAD", nullable = false, length = 64 * 1024 * 1024)
    private byte[] payload;

    @Column(name = "RECEIVED", nullable = false)
    private Instant received;

    @Column(name = "RETRIES", nullable = false)
    private int retries;

    @Column(name = "LAST_TRIED")
    private Instant lastTried;

    protected QuarantineRow() {
        // for JPA
    }

    QuarantineRow(String agency, String sourceKey, String type, String mediaType, String reason, byte[] payload,
                  Instant received) {
        this.agency = agency;
        this.sourceKey = sourceKey;
        this.type = type;
        this.mediaType = mediaType;
        this.reason = clip(reason);
        this.payload = payload;
        this.received = received;
    }

    static String clip(String reason) {
        return reason.length() <= 4000 ? reason : reason.substring(0, 3997) + "...";
    }

    Long id() {
        return id;
    }

    String agency() {
        return agency;
    }

    String sourceKey() {
        return sourceKey;
    }

    String type() {
        return type;
    }

    String mediaType() {
        return mediaType;
    }

    byte[] payload() {
        return payload;
    }

    QuarantinedItem toItem(boolean withPayload) {
        return new QuarantinedItem(String.valueOf(id), agency, sourceKey, type, mediaType, reason, received, retries,
                lastTried, withPayload ? new String(payload, StandardCharsets.UTF_8) : null);
    }
}
