package cymru.cofnod.outcomes.internal;

import java.io.Serializable;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A link from the live version of an item to another item of the same record (an entry to the
 * outcomes it concerns, a strength to an outcome): what the journey filters on. The links are also
 * in the item's body; this table exists so that a filter is a join, not a scan.
 */
@Entity
@IdClass(ItemLink.Key.class)
@Table(name = "OUTCOMES_LINK", indexes = @Index(name = "OUTCOMES_LINK_TARGET", columnList = "TARGET_ID,ITEM_ID"))
public class ItemLink {

    @Id
    @Column(name = "ITEM_ID", length = 36)
    private String itemId;

    @Id
    @Column(name = "TARGET_ID", length = 36)
    private String targetId;

    public ItemLink() {
        // for JPA
    }

    ItemLink(String itemId, String targetId) {
        this.itemId = itemId;
        this.targetId = targetId;
    }

    public String targetId() {
        return targetId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String itemId;
        private String targetId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.itemId, itemId) && Objects.equals(k.targetId, targetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, targetId);
        }
    }
}
