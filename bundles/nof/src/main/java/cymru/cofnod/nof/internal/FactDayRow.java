package cymru.cofnod.nof.internal;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * How many live facts were first said on one day by one agency, with that day's periods: what a report lists as the
 * values of its agency and period breakdowns (every value any live fact holds, counted or not), over all days or a
 * range of them, from a few thousand rows instead of every fact. {@link Counts} keeps it beside the cells. Written by
 * SQL only; mapped for the schema.
 */
@Entity
@Table(name = "NOF_FACT_DAY")
public class FactDayRow {

    /** The day and the agency, such as {@code 2026-03-01|cardiff-council}. */
    @Id
    @Column(name = "ROW_ID", length = 80)
    private String rowId;

    @Column(name = "RECORDED_ON", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "AGENCY", length = 64, nullable = false)
    private String agency;

    @Column(name = "PERIOD_MONTH", length = 7, nullable = false)
    private String periodMonth;

    @Column(name = "PERIOD_QUARTER", length = 7, nullable = false)
    private String periodQuarter;

    @Column(name = "PERIOD_YEAR", length = 4, nullable = false)
    private String periodYear;

    /** Live facts of that day and agency; a row that falls to 0 stays until the next recount. */
    @Column(name = "FACTS", nullable = false)
    private long facts;

    protected FactDayRow() {
    }
}
