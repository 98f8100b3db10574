package cymru.cofnod.nof.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One version of a personalised statement; a revision adds a row and marks the one before superseded. */
@Entity
@Table(name = "NOF_PERSONALISED", indexes = @Index(name = "NOF_PERSONALISED_ID", columnList = "ID,VERSION"))
public class PersonalisedRow {

    static final String LIVE = "live";
    static final String SUPERSEDED = "superseded";

    @Id
    @Column(name = "ROW_ID", length = 48)
    private String rowId;

    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "STATE", length = 12, nullable = false)
    private String state;

    @Column(name = "AGENCY", length = 64)
    private String agency;

    @Column(name = "TEXT_EN", length = 1000, nullable = false)
    private String textEn;

    @Column(name = "TEXT_CY", length = 1000)
    private String textCy;

    /** The NOF codes it gathers, comma-separated; {@link PersonalisedCode} holds the live ones for reports. */
    @Column(name = "CODES", length = 1000, nullable = false)
    private String codes;

    @Column(name = "RECORDED_BY", length = 64, nullable = false)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    protected PersonalisedRow() {
    }

    PersonalisedRow(String id, long version, String agency, String textEn, String textCy, String codes,
                    String recordedBy, LocalDateTime recordedAt) {
        this.rowId = id + "@" + version;
        this.id = id;
        this.version = version;
        this.state = LIVE;
        this.agency = agency;
        this.textEn = textEn;
        this.textCy = textCy;
        this.codes = codes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void supersede() {
        state = SUPERSEDED;
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }

    String agency() {
        return agency;
    }

    String textEn() {
        return textEn;
    }

    String textCy() {
        return textCy;
    }

    String codes() {
        return codes;
    }

    String recordedBy() {
        return recordedBy;
    }

    LocalDateTime recordedAt() {
        return recordedAt;
    }
}
