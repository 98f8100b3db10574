package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A NOF code the current version of a personalised statement gathers: what reports join on. */
@Entity
@Table(name = "NOF_PERSONALISED_CODE", indexes = @Index(name = "NOF_PERSONALISED_CODE_CODE", columnList = "CODE"))
public class PersonalisedCode {

    @Id
    @Column(name = "ROW_ID", length = 56)
    private String rowId;

    @Column(name = "STATEMENT_ID", length = 36, nullable = false)
    private String statementId;

    @Column(name = "CODE", length = 16, nullable = false)
    private String code;

    protected PersonalisedCode() {
    }

    PersonalisedCode(String statementId, String code) {
        this.rowId = statementId + "/" + code;
        this.statementId = statementId;
        this.code = code;
    }
}
