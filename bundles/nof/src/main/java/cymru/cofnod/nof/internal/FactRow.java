package cymru.cofnod.nof.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * What reports may know of one outcome: no words, no name, no date of birth, and the person only as a
 * keyed hash. The periods are kept ready so reports group on plain columns.
 */
@Entity
@Table(name = "NOF_FACT", indexes = {
    @Index(name = "NOF_FACT_STATE", columnList = "STATE,OUTCOME_ID"),
    @Index(name = "NOF_FACT_PERSON", columnList = "PERSON_KEY")
})
public class FactRow {

    static final String LIVE = "live";
    static final String WITHDRAWN = "withdrawn";

    @Id
    @Column(name = "OUTCOME_ID", length = 36)
    private String outcomeId;

    @Column(name = "OUTCOME_VERSION", nullable = false)
    private long outcomeVersion;

    @Column(name = "PERSON_KEY", length = 64, nullable = false)
    private String personKey;

    @Column(name = "STATE", length = 12, nullable = false)
    private String state;

    @Column(name = "OUTCOME_TYPE", length = 16, nullable = false)
    private String type;

    @Column(name = "STATUS", length = 20, nullable = false)
    private String status;

    /** The agency that first recorded the outcome ({@code none} when the person wrote it themselves). */
    @Column(name = "AGENCY", length = 64, nullable = false)
    private String agency;

    @Column(name = "RECORDED_ON", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "PERIOD_MONTH", length = 7, nullable = false)
    private String periodMonth;

    @Column(name = "PERIOD_QUARTER", length = 7, nullable = false)
    private String periodQuarter;

    @Column(name = "PERIOD_YEAR", length = 4, nullable = false)
    private String periodYear;

    @Column(name = "REVIEW_RESULT", length = 20, nullable = false)
    private String reviewResult;

    @Column(name = "REVIEWED_AT")
    private LocalDateTime reviewedAt;

    protected FactRow() {
    }

    FactRow(String outcomeId, String personKey, String agency) {
        this.outcomeId = outcomeId;
        this.personKey = personKey;
        this.agency = agency;
        this.reviewResult = "none";
    }

    /** Takes a newer version of the outcome; an older one arriving late changes nothing. */
    boolean update(long version, String newState, String newType, String newStatus, LocalDate firstSaid) {
        if (version < outcomeVersion) {
            return false;
        }
        outcomeVersion = version;
        state = newState;
        type = newType;
        status = newStatus;
        recordedOn = firstSaid;
        periodMonth = String.format("%04d-%02d", firstSaid.getYear(), firstSaid.getMonthValue());
        periodQuarter = String.format("%04d-Q%d", firstSaid.getYear(), (firstSaid.getMonthValue() + 2) / 3);
        periodYear = String.format("%04d", firstSaid.getYear());
        return true;
    }

    String personKey() {
        return personKey;
    }

    /** Takes a review's result unless a later review is already known. */
    void reviewed(String result, LocalDateTime at) {
        if (reviewedAt == null || !at.isBefore(reviewedAt)) {
            reviewResult = result;
            reviewedAt = at;
        }
    }
}
