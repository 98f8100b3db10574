package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One audit event, chained to the one before by its keyed hash; only ever inserted. */
@Entity
@Table(name = "CONSENT_AUDIT", indexes = {
    // the trail and a person's access log are read newest first: Derby reads an index in its own order only, so
    // each has one that keeps it newest first and a page stops after its last event
    @Index(name = "CONSENT_AUDIT_NEWEST", columnList = "SEQ DESC"),
    @Index(name = "CONSENT_AUDIT_PERSON_NEWEST", columnList = "PERSON_ID,SEQ DESC")
})
public class AuditEventRow extends EventColumns {

    @Id
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "PREV_HASH", length = 64, nullable = false)
    private String previousHash;

    @Column(name = "KEY_ID", length = 16)
    private String keyId;

    @Column(name = "HASH", length = 64, nullable = false)
    private String hash;

    public AuditEventRow() {
        // for JPA
    }

    AuditEventRow(AuditEvent e) {
        super(e);
        this.sequence = e.sequence();
        this.previousHash = e.previousHash();
        this.keyId = e.keyId();
        this.hash = e.hash();
    }

    AuditEvent toEvent() {
        return event(sequence, previousHash, keyId, hash);
    }
}
