package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.BreakGlass;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** One safeguarding break-glass, with its review afterwards. */
@Entity
@Table(name = "CONSENT_BREAK_GLASS", indexes = {
    @Index(name = "CONSENT_BREAK_GLASS_PERSON", columnList = "PERSON_ID,USER_NAME"),
    @Index(name = "CONSENT_BREAK_GLASS_AGENCY", columnList = "AGENCY,GRANTED_AT"),
    @Index(name = "CONSENT_BREAK_GLASS_USER", columnList = "USER_NAME,EXPIRES_AT")
})
public class BreakGlassRow {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "USER_NAME", length = 64, nullable = false)
    private String user;

    @Column(name = "AGENCY", length = 64, nullable = false)
    private String agency;

    @Column(name = "REASON", length = 2000, nullable = false)
    private String reason;

    @Column(name = "GRANTED_AT", nullable = false)
    private LocalDateTime grantedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "REVIEWED_AT")
    private LocalDateTime reviewedAt;

    @Column(name = "REVIEWED_BY", length = 64)
    private String reviewedBy;

    @Column(name = "REVIEW_NOTES", length = 4000)
    private String reviewNotes;

    @Column(name = "ENDED_AT")
    private LocalDateTime endedAt;

    @Column(name = "ENDED_BY", length = 64)
    private String endedBy;

    public BreakGlassRow() {
        // for JPA
    }

    BreakGlassRow(String id, String personId, String user, String agency, String reason, Instant grantedAt,
                  Instant expiresAt) {
        this.id = id;
        this.personId = personId;
        this.user = user;
        this.agency = agency;
        this.reason = reason;
        this.grantedAt = utc(grantedAt);
        this.expiresAt = utc(expiresAt);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    String agency() { return agency; }
    String user() { return user; }
    String personId() { return personId; }
    boolean activeAt(Instant now) {
        return !now.isBefore(instant(grantedAt)) && now.isBefore(instant(expiresAt))
                && (endedAt == null || now.isBefore(instant(endedAt)));
    }

    /** Ended before it expired: nothing is disclosed under it from {@code at}. */
    void end(Instant at, String by) {
        this.endedAt = utc(at);
        this.endedBy = by;
    }

    void review(Instant at, String by, String notes) {
        this.reviewedAt = utc(at);
        this.reviewedBy = by;
        this.reviewNotes = notes;
    }

    BreakGlass toBreakGlass(Instant now) {
        return new BreakGlass(id, personId, user, agency, reason, instant(grantedAt), instant(expiresAt),
                activeAt(now), instant(reviewedAt), reviewedBy, reviewNotes, instant(endedAt), endedBy);
    }
}
