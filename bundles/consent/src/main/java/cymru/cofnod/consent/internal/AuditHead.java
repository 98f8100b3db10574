package cymru.cofnod.consent.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The chain's head: the last sequence number and hash. Appending locks this one row, so appends are
 * serialised even across several Cofnod nodes on one database.
 */
@Entity
@Table(name = "CONSENT_AUDIT_HEAD")
public class AuditHead {

    static final int ID = 1;
    static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "ID")
    private int id;

    @Column(name = "SEQ", nullable = false)
    private long sequence;

    @Column(name = "HASH", length = 64, nullable = false)
    private String hash;

    public AuditHead() {
        // for JPA
    }

    static AuditHead genesis() {
        AuditHead head = new AuditHead();
        head.id = ID;
        head.sequence = 0;
        head.hash = GENESIS;
        return head;
    }

    long sequence() { return sequence; }
    String hash() { return hash; }

    void advance(long newSequence, String newHash) {
        this.sequence = newSequence;
        this.hash = newHash;
    }
}
