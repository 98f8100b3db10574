package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.StoredJson;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One version of a plan. A new version marks the one before {@code superseded}; nothing is deleted or
 * rewritten, so the history is every row of the plan in version order.
 */
@Entity
@IdClass(PlanRow.Key.class)
@Table(name = "MEETINGS_PLAN", indexes = {
    // lists read newest first, and Derby reads an index in its own order only: descending, a page stops after itself
    @Index(name = "MEETINGS_PLAN_PERSON_NEWEST", columnList = "PERSON_ID,STATE,CREATED_AT DESC,ID DESC"),
    @Index(name = "MEETINGS_PLAN_NEWEST", columnList = "STATE,CREATED_AT DESC,ID DESC"),
    @Index(name = "MEETINGS_PLAN_DUE", columnList = "STATE,DUE_BY")
})
public class PlanRow extends StoredRow {

    static final String LIVE = "live";
    static final String SUPERSEDED = "superseded";

    @Id
    @Column(name = "VERSION")
    private long version;

    @Column(name = "STATE", length = 12, nullable = false)
    private String state;

    /**
     * The first day anything in this version falls due (its next review, an action), {@link #NOTHING_DUE} when
     * nothing does: read from the body, kept here so that what is due is found by an index.
     */
    @Column(name = "DUE_BY")
    private LocalDate dueBy;

    static final LocalDate NOTHING_DUE = LocalDate.of(9999, 12, 31);

    public PlanRow() {
        // for JPA
    }

    PlanRow(String id, long version, String personId, String agency, LocalDateTime createdAt, Plan plan) {
        super(id, personId, agency, createdAt, StoredJson.write(plan));
        this.version = version;
        this.state = LIVE;
        this.dueBy = dueBy(plan);
    }

    /** Kept for a version written before this column was. */
    void keepDueBy() {
        this.dueBy = dueBy(PlanStore.plan(this));
    }

    private static LocalDate dueBy(Plan plan) {
        return Stream.concat(Stream.ofNullable(plan.nextReview()),
                        plan.whoDoesWhat().stream().map(Meeting.Action::due).filter(Objects::nonNull))
                .min(Comparator.naturalOrder()).orElse(NOTHING_DUE);
    }

    long version() { return version; }
    /** A plan version is never changed: the next version is another row. */
    @Override
    String key() { return id() + "/" + version; }
    String state() { return state; }
    void supersede() { this.state = SUPERSEDED; }

    /** The composite key: a plan id and one of its versions. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.id, id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }
}
