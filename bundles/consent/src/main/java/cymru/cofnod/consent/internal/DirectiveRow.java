package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.ConsentDirective;
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
@Table(name = "CONSENT_DIRECTIVE", indexes = {
    @Index(name = "CONSENT_DIRECTIVE_PERSON", columnList = "PERSON_ID,WITHDRAWN_AT"),
    // an agency's caseload and its leads' alerts look directives up by whom they grant
    @Index(name = "CONSENT_DIRECTIVE_GRANTEE", columnList = "GRANTEE_AGENCY,WITHDRAWN_AT"),
    @Index(name = "CONSENT_DIRECTIVE_GRANTEE_USER", columnList = "GRANTEE_USER,WITHDRAWN_AT")
})
public class DirectiveRow {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "WITHDRAWN_AT")
    private LocalDateTime withdrawnAt;

    @Column(name = "BODY", length = 8000, nullable = false)
    private String body;

    @Column(name = "GRANTEE_AGENCY", length = 64)
    private String granteeAgency;

    @Column(name = "GRANTEE_USER", length = 64)
    private String granteeUser;

    @Column(name = "SELF_GRANTED")
    private boolean selfGranted;

    public DirectiveRow() {
        // for JPA
    }

    DirectiveRow(ConsentDirective d, String body) {
        this.id = d.id();
        this.personId = d.personId();
        this.recordedAt = LocalDateTime.ofInstant(d.recordedAt(), ZoneOffset.UTC);
        this.body = body;
        this.granteeAgency = d.grantee().agency();
        this.granteeUser = d.grantee().user();
        this.selfGranted = d.selfGranted();
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
