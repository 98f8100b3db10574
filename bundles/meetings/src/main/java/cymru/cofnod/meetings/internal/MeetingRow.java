package cymru.cofnod.meetings.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * One meeting as recorded. A meeting is what was said on the day, so it is written once; what follows
 * from it lives in the plan's versions and the person's record.
 */
@Entity
@Table(name = "MEETINGS_MEETING", indexes = {
    @Index(name = "MEETINGS_MEETING_PERSON", columnList = "PERSON_ID,CREATED_AT,ID"),
    @Index(name = "MEETINGS_MEETING_ORDER", columnList = "CREATED_AT,ID")
})
public class MeetingRow implements StoredRow {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "PLAN_ID", length = 36, nullable = false)
    private String planId;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    public MeetingRow() {
        // for JPA
    }

    MeetingRow(String id, String personId, String planId, LocalDateTime createdAt, String body) {
        this.id = id;
        this.personId = personId;
        this.planId = planId;
        this.createdAt = createdAt;
        this.body = body;
    }

    @Override
    public String id() { return id; }
    @Override
    public String personId() { return personId; }
    @Override
    public LocalDateTime createdAt() { return createdAt; }
    String planId() { return planId; }
    String body() { return body; }
}
