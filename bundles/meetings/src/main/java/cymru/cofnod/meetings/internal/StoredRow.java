package cymru.cofnod.meetings.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.MappedSuperclass;

/**
 * What every stored meeting and plan version has: its id, whose record it is in, the agency it belongs
 * to, when it was first recorded (the list order) and its content as JSON.
 */
@MappedSuperclass
public abstract class StoredRow {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    /** The agency that recorded the meeting or the plan's first version: whose item it is, for consent. */
    @Column(name = "AGENCY", length = 64)
    private String agency;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    protected StoredRow() {
        // for JPA
    }

    StoredRow(String id, String personId, String agency, LocalDateTime createdAt, String body) {
        this.id = id;
        this.personId = personId;
        this.agency = agency;
        this.createdAt = createdAt;
        this.body = body;
    }

    String id() { return id; }
    String personId() { return personId; }
    String agency() { return agency; }
    /** When the meeting or the plan's first version was recorded. */
    LocalDateTime createdAt() { return createdAt; }
    String body() { return body; }
    /** What the row is kept under once read: it never changes under it. */
    String key() { return id; }
}
