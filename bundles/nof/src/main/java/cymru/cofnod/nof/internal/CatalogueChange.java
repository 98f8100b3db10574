package cymru.cofnod.nof.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One catalogue version: who made it, when, for which entry and why. Times are UTC. */
@Entity
@Table(name = "NOF_CATALOGUE_VERSION")
public class CatalogueChange {

    @Id
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "CHANGED_BY", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "CODE", length = 16)
    private String code;

    @Column(name = "NOTE", length = 1000)
    private String note;

    protected CatalogueChange() {
    }

    CatalogueChange(long version, LocalDateTime changedAt, String changedBy, String code, String note) {
        this.version = version;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.code = code;
        this.note = note;
    }

    long version() {
        return version;
    }

    LocalDateTime changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    String code() {
        return code;
    }

    String note() {
        return note;
    }
}
