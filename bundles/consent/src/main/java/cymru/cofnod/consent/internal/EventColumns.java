package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Lob;
import javax.persistence.MappedSuperclass;

/** What an audit event says, as the chain ({@link AuditEventRow}) and the outbox ({@link OutboxRow}) store it. */
@MappedSuperclass
public abstract class EventColumns {

    @Column(name = "EVENT_AT", nullable = false)
    private LocalDateTime at;

    @Column(name = "USER_NAME", length = 64, nullable = false)
    private String user;

    @Column(name = "AGENCY", length = 64)
    private String agency;

    @Column(name = "USER_ROLE", length = 24, nullable = false)
    private String role;

    @Column(name = "PURPOSE", length = 24)
    private String purpose;

    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "EVENT_ACTION", length = 24, nullable = false)
    private String action;

    @Column(name = "EVENT_RESOURCE", length = 500)
    private String resource;

    @Column(name = "DETAIL", length = 4000)
    private String detail;

    @Column(name = "EVENT_RESULT", length = 200)
    private String result;

    @Column(name = "BREAK_GLASS", nullable = false)
    private boolean breakGlass;

    /** The item versions a write stored, with their digests (see {@link VersionLines}). */
    @Lob
    @Column(name = "VERSIONS", length = VersionLines.MAX_CHARS)
    private String versions;

    protected EventColumns() {
        // for JPA
    }

    EventColumns(AuditEvent e) {
        this.at = LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC);
        this.user = e.user();
        this.agency = e.agency();
        this.role = e.role();
        this.purpose = e.purpose();
        this.personId = e.personId();
        this.action = e.action();
        this.resource = e.resource();
        this.detail = e.detail();
        this.result = e.result();
        this.breakGlass = e.breakGlass();
        this.versions = VersionLines.write(e.versions());
    }

    /** The event these columns say, with the chain's fields given. */
    AuditEvent event(long sequence, String previousHash, String keyId, String hash) {
        return new AuditEvent(sequence, at.toInstant(ZoneOffset.UTC), user, agency, role, purpose, personId, action,
                resource, detail, result, breakGlass, VersionLines.read(versions), previousHash, keyId, hash);
    }
}
