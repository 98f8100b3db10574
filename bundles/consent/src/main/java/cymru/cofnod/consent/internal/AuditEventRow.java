package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One audit event, chained to the one before by its hash; only ever inserted. */
@Entity
@Table(name = "CONSENT_AUDIT", indexes = @Index(name = "CONSENT_AUDIT_PERSON", columnList = "PERSON_ID,SEQ"))
public class AuditEventRow {

    @Id
    @Column(name = "SEQ")
    private long sequence;

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

    @Column(name = "PREV_HASH", length = 64, nullable = false)
    private String previousHash;

    @Column(name = "HASH", length = 64, nullable = false)
    private String hash;

    public AuditEventRow() {
        // for JPA
    }

    AuditEventRow(AuditEvent e) {
        this.sequence = e.sequence();
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
        this.previousHash = e.previousHash();
        this.hash = e.hash();
    }

    AuditEvent toEvent() {
        return new AuditEvent(sequence, at.toInstant(ZoneOffset.UTC), user, agency, role, purpose, personId, action,
                resource, detail, result, breakGlass, previousHash, hash);
    }
}
