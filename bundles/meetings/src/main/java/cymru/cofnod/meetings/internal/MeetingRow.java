package cymru.cofnod.meetings.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One meeting as recorded. A meeting is what was said on the day, so it is written once; what follows
 * from it lives in the plan's versions and the person's record.
 */
@Entity
@Table(name = "MEETINGS_MEETING", indexes = {
    // lists read newest first, and Derby reads an index in its own order only: descending, a page stops after itself
    @Index(name = "MEETINGS_MEETING_PERSON_NEWEST", columnList = "PERSON_ID,CREATED_AT DESC,ID DESC"),
    @Index(name = "MEETINGS_MEETING_NEWEST", columnList = "CREATED_AT DESC,ID DESC")
})
public class MeetingRow extends StoredRow {

    @Column(name = "PLAN_ID", length = 36, nullable = false)
    private String planId;

    public MeetingRow() {
        // for JPA
    }

    MeetingRow(String id, String personId, String agency, String planId, LocalDateTime createdAt, String body) {
        super(id, personId, agency, createdAt, body);
        this.planId = planId;
    }

    String planId() { return planId; }
}
