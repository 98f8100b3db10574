package cymru.cofnod.consent.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One consent directive. Never updated but for its withdrawal, which is written once; the directive's
 * content is its JSON body.
 */
@Entity
@Table(name = "CONSENT_DIRECTIVE", indexes = @Index(name = "CONSENT_DIRECTIVE_PERSON", columnList = "PERSON_ID,WITHDRAWN_AT"))
public class DirectiveRow {

    /** The most a stored directive (its JSON body) may hold; checked before it is written. */
    static final int BODY_CHARS = 8000;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "WITHDRAWN_AT")
    private LocalDateTime withdrawnAt;

    @Column(name = "BODY", length = BODY_CHARS, nullable = false)
    private String body;

    public DirectiveRow() {
        // for JPA
    }

    DirectiveRow(String id, String personId, Instant recordedAt, String body) {
        this.id = id;
        this.personId = personId;
        this.recordedAt = LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        this.body = body;
    }

    String id() { return id; }
    String personId() { return personId; }
    String body() { return body; }
    boolean withdrawn() { return withdrawnAt != null; }

    void withdraw(Instant at, String newBody) {
        this.withdrawnAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.body = newBody;
    }
}
