package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A change's audit event, written in the change's own transaction (by {@link AuditOutbox}, through the
 * writer's connection) and waiting to be chained: the audit writer moves it into the chain and deletes it.
 */
@Entity
@Table(name = "CONSENT_AUDIT_OUTBOX", indexes = @Index(name = "CONSENT_AUDIT_OUTBOX_AT", columnList = "EVENT_AT"))
public class OutboxRow extends EventColumns {

    static final String INSERT = "INSERT INTO CONSENT_AUDIT_OUTBOX (ID, EVENT_AT, USER_NAME, AGENCY, USER_ROLE, "
            + "PURPOSE, PERSON_ID, EVENT_ACTION, EVENT_RESOURCE, DETAIL, EVENT_RESULT, BREAK_GLASS, VERSIONS) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    public OutboxRow() {
        // for JPA
    }

    String id() {
        return id;
    }

    /** The event waiting here, not yet chained. */
    AuditEvent toEvent() {
        return event(0, null, null, null);
    }
}
