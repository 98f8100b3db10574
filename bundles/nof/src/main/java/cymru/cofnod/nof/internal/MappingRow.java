package cymru.cofnod.nof.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A NOF tag on an outcome (by the outcome's id only: the words stay in the outcomes bundle). The
 * statement's parent and domain are kept beside the code so that reports group without a join. A
 * removed tag is kept, marked {@code removed}.
 */
@Entity
@Table(name = "NOF_MAPPING", indexes = {
    @Index(name = "NOF_MAPPING_OUTCOME", columnList = "OUTCOME_ID,STATE"),
    @Index(name = "NOF_MAPPING_CODE", columnList = "STATE,CODE")
})
public class MappingRow {

    static final String LIVE = "live";
    static final String REMOVED = "removed";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "OUTCOME_ID", length = 36, nullable = false)
    private String outcomeId;

    @Column(name = "CODE", length = 16, nullable = false)
    private String code;

    @Column(name = "PARENT_CODE", length = 16)
    private String parentCode;

    @Column(name = "DOMAIN_CODE", length = 16, nullable = false)
    private String domainCode;

    @Column(name = "CATALOGUE_VERSION", nullable = false)
    private long catalogueVersion;

    @Column(name = "STATE", length = 8, nullable = false)
    private String state;

    @Column(name = "MAPPED_BY", length = 64, nullable = false)
    private String mappedBy;

    @Column(name = "AGENCY", length = 64)
    private String agency;

    @Column(name = "MAPPED_AT", nullable = false)
    private LocalDateTime mappedAt;

    @Column(name = "REMOVED_BY", length = 64)
    private String removedBy;

    @Column(name = "REMOVED_AT")
    private LocalDateTime removedAt;

    protected MappingRow() {
    }

    MappingRow(String id, String outcomeId, String code, String parentCode, String domainCode, long catalogueVersion,
               String mappedBy, String agency, LocalDateTime mappedAt) {
        this.id = id;
        this.outcomeId = outcomeId;
        this.code = code;
        this.parentCode = parentCode;
        this.domainCode = domainCode;
        this.catalogueVersion = catalogueVersion;
        this.state = LIVE;
        this.mappedBy = mappedBy;
        this.agency = agency;
        this.mappedAt = mappedAt;
    }

    void remove(String by, LocalDateTime at) {
        state = REMOVED;
        removedBy = by;
        removedAt = at;
    }

    String outcomeId() {
        return outcomeId;
    }

    String code() {
        return code;
    }

    long catalogueVersion() {
        return catalogueVersion;
    }

    String mappedBy() {
        return mappedBy;
    }

    String agency() {
        return agency;
    }

    LocalDateTime mappedAt() {
        return mappedAt;
    }
}
