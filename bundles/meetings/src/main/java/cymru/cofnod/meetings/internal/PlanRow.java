package cymru.cofnod.meetings.internal;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Lob;
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
public class PlanRow implements StoredRow {

    static final String LIVE = "live";
    static final String SUPERSEDED = "superseded";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Id
    @Column(name = "VERSION")
    private long version;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "STATE", length = 12, nullable = false)
    private String state;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    public PlanRow() {
        // for JPA
    }

    PlanRow(String id, long version, String personId, LocalDateTime createdAt, String body) {
        this.id = id;
        this.version = version;
        this.personId = personId;
        this.state = LIVE;
        this.createdAt = createdAt;
        this.body = body;
    }

    @Override
    public String id() { return id; }
    @Override
    public String personId() { return personId; }
    @Override
    public LocalDateTime createdAt() { return createdAt; }
    long version() { return version; }
    String state() { return state; }
    String body() { return body; }
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
