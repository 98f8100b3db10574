package cymru.cofnod.meetings.internal;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
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
    @Index(name = "MEETINGS_PLAN_PERSON", columnList = "PERSON_ID,STATE,CREATED_AT,ID"),
    @Index(name = "MEETINGS_PLAN_ORDER", columnList = "STATE,CREATED_AT,ID")
})
public class PlanRow extends StoredRow {

    static final String LIVE = "live";
    static final String SUPERSEDED = "superseded";

    @Id
    @Column(name = "VERSION")
    private long version;

    @Column(name = "STATE", length = 12, nullable = false)
    private String state;

    public PlanRow() {
        // for JPA
    }

    PlanRow(String id, long version, String personId, String agency, LocalDateTime createdAt, String body) {
        super(id, personId, agency, createdAt, body);
        this.version = version;
        this.state = LIVE;
    }

    long version() { return version; }
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
