package cymru.cofnod.adapter.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * Which record item an agency's own id became, so that a later item can name an outcome by the agency's id
 * ("the goal I sent last week") rather than by Cofnod's.
 */
@Entity
@Table(name = "ADAPTER_INGESTED")
@IdClass(IngestedRow.Key.class)
public class IngestedRow {

    @Id
    @Column(name = "AGENCY", length = 64)
    private String agency;

    @Id
    @Column(name = "SOURCE_KEY", length = 256)
    private String sourceKey;

    @Column(name = "KIND", nullable = false, length = 32)
    private String kind;

    @Column(name = "ITEM_ID", nullable = false, length = 64)
    private String itemId;

    @Column(name = "PERSON_ID", nullable = false, length = 64)
    private String personId;

    protected IngestedRow() {
        // for JPA
    }

    IngestedRow(String agency, String sourceKey, String kind, String itemId, String personId) {
        this.agency = agency;
        this.sourceKey = sourceKey;
        this.kind = kind;
        this.itemId = itemId;
        this.personId = personId;
    }

    Key key() {
        return new Key(agency, sourceKey);
    }

    String kind() {
        return kind;
    }

    String itemId() {
        return itemId;
    }

    String personId() {
        return personId;
    }

    /** The agency and its own id for the item. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String agency;
        private String sourceKey;

        public Key() {
            // for JPA
        }

        Key(String agency, String sourceKey) {
            this.agency = agency;
            this.sourceKey = sourceKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agency, k.agency) && Objects.equals(sourceKey, k.sourceKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agency, sourceKey);
        }
    }
}
