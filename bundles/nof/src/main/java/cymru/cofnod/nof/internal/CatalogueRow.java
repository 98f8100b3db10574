package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One entry of the catalogue as worded from one catalogue version on. A correction adds a row for the
 * new version and leaves the old one, so the catalogue at any version is, per code, the row with the
 * highest version not above it.
 */
@Entity
@Table(name = "NOF_CATALOGUE", indexes = @Index(name = "NOF_CATALOGUE_CODE", columnList = "CODE,CATALOGUE_VERSION"))
public class CatalogueRow {

    @Id
    @Column(name = "ROW_ID", length = 40)
    private String rowId;

    @Column(name = "CODE", length = 16, nullable = false)
    private String code;

    @Column(name = "CATALOGUE_VERSION", nullable = false)
    private long catalogueVersion;

    /** Where the entry stands in the source file, so lists keep its order. */
    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "PARENT", length = 16)
    private String parent;

    @Column(name = "DOMAIN_CODE", length = 16, nullable = false)
    private String domain;

    @Column(name = "KIND", length = 12, nullable = false)
    private String kind;

    @Column(name = "APPLIES_TO", length = 12, nullable = false)
    private String appliesTo;

    @Column(name = "TEXT_EN", length = 1000, nullable = false)
    private String textEn;

    @Column(name = "TEXT_CY", length = 1000)
    private String textCy;

    @Column(name = "TO_CHECK", nullable = false)
    private boolean toCheck;

    @Column(name = "SOURCE", length = 200)
    private String source;

    protected CatalogueRow() {
    }

    CatalogueRow(String code, long catalogueVersion, int position, String parent, String domain, String kind,
                 String appliesTo, String textEn, String textCy, boolean toCheck, String source) {
        this.rowId = code + "@" + catalogueVersion;
        this.code = code;
        this.catalogueVersion = catalogueVersion;
        this.position = position;
        this.parent = parent;
        this.domain = domain;
        this.kind = kind;
        this.appliesTo = appliesTo;
        this.textEn = textEn;
        this.textCy = textCy;
        this.toCheck = toCheck;
        this.source = source;
    }

    /** The same entry, reworded, from a later catalogue version on. */
    CatalogueRow reworded(long newVersion, String newTextEn, String newTextCy) {
        return new CatalogueRow(code, newVersion, position, parent, domain, kind, appliesTo, newTextEn, newTextCy,
                toCheck, source);
    }

    String code() {
        return code;
    }

    long catalogueVersion() {
        return catalogueVersion;
    }

    int position() {
        return position;
    }

    String parent() {
        return parent;
    }

    String domain() {
        return domain;
    }

    String kind() {
        return kind;
    }

    String appliesTo() {
        return appliesTo;
    }

    String textEn() {
        return textEn;
    }

    String textCy() {
        return textCy;
    }

    boolean toCheck() {
        return toCheck;
    }

    String source() {
        return source;
    }
}
