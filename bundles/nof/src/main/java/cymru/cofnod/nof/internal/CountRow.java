package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One cell of the report counts: how many people and live outcomes a group of a cut holds, unfiltered or under
 * filters, in total or for one value of a breakdown. {@link Counts} keeps these as the facts and tags change,
 * so a report reads its cells instead of grouping every fact. Written by SQL only; mapped for the schema.
 */
@Entity
@Table(name = "NOF_COUNT", indexes = @Index(name = "NOF_COUNT_SHAPE", columnList = "KIND,FILTER_KEY,BDIM"))
public class CountRow {

    @Id
    @Column(name = "ROW_ID", length = 320)
    private String rowId;

    /** {@code domain}, {@code statement}, {@code personalised}, or {@code total} for any tag at all. */
    @Column(name = "KIND", length = 12, nullable = false)
    private String kind;

    /** The domain or statement code, or the personalised statement's id; empty for the total. */
    @Column(name = "GRP", length = 36, nullable = false)
    private String group;

    /** The filters the cell is counted under, such as {@code agency=cardiff-council&type=change}; empty for none. */
    @Column(name = "FILTER_KEY", length = 160, nullable = false)
    private String filter;

    /** The breakdown ({@code agency}, {@code type}, {@code reviewResult}, {@code month}, ...), empty for none. */
    @Column(name = "BDIM", length = 12, nullable = false)
    private String breakdown;

    @Column(name = "BVAL", length = 64, nullable = false)
    private String value;

    @Column(name = "PEOPLE", nullable = false)
    private long people;

    @Column(name = "OUTCOMES", nullable = false)
    private long outcomes;

    protected CountRow() {
    }
}
