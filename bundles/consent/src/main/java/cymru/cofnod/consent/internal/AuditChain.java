package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * Appends events to the chain: each event's hash is an HMAC, with the current audit key, over its fields,
 * the item versions it carries, the key's id and the previous event's hash. Without the key, changing,
 * removing or recomputing a stored event breaks the chain from there.
 */
final class AuditChain {

    private final AuditKeys keys;

    AuditChain(AuditKeys keys) {
        this.keys = keys;
    }

    /**
     * The head, locked until {@code em}'s transaction ends ({@code SELECT ... FOR UPDATE}): whatever the node,
     * each append follows the one committed before it, so the chain cannot fork.
     */
    static AuditHead lockedHead(EntityManager em) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain has no head: it is made when the audit starts");
        }
        return head;
    }

    /** Appends in {@code em}'s transaction after {@code head}, which it holds locked; moves the head on. */
    void append(EntityManager em, AuditHead head, List<AuditEvent> events) {
        String keyId = keys.current();
        for (AuditEvent e : events) {
            AuditEvent unsigned = e.chained(head.sequence() + 1, head.hash(), keyId, null);
            AuditEvent signed = unsigned.chained(unsigned.sequence(), head.hash(), keyId, hash(unsigned));
            em.persist(new AuditEventRow(signed));
            head.advance(signed.sequence(), signed.hash());
        }
    }

    /** The hash {@code e} should have, or null when its key is not kept. */
    String hash(AuditEvent e) {
        return keys.mac(e.keyId(), canonical(e));
    }

    /** Every field but the hash itself, the previous hash and the key's id included, in one text. */
    private static String canonical(AuditEvent e) {
        return String.join("\u001f", e.previousHash(), Long.toString(e.sequence()), e.at().toString(), e.user(),
                String.valueOf(e.agency()), e.role(), String.valueOf(e.purpose()), String.valueOf(e.personId()),
                e.action(), String.valueOf(e.resource()), String.valueOf(e.detail()), String.valueOf(e.result()),
                Boolean.toString(e.breakGlass()), String.valueOf(VersionLines.write(e.versions())), e.keyId());
    }
}
