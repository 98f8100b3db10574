package cymru.cofnod.outcomes.internal;

import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.RecordItem;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Transient;
import javax.persistence.UniqueConstraint;

/**
 * One version of one item of a person's record. Nothing is overwritten: an update adds a row with
 * the next version and marks the one before {@code superseded}; a withdrawal adds a row in state
 * {@code withdrawn}. The item's content is its JSON body; the columns are what lists filter and sort on.
 * Times are stored as UTC timestamps (JPA 2.2 has no {@code Instant}).
 */
@Entity
@IdClass(ItemRow.Key.class)
@Table(name = "OUTCOMES_ITEM", indexes = {
    // the journey reads newest first: a descending index lets Derby stop after one page; the columns that
    // filters and consent test ride along, and the version, so a page is listed from the index alone and
    // "was any withheld" never reads the table
    @Index(name = "OUTCOMES_ITEM_JOURNEY",
            columnList = "PERSON_ID,STATE,OCCURRED_AT DESC,ITEM_ID DESC,KIND,SUBKIND,AGENCY,CATEGORY,VERSION"),
    // a collection (a person's outcomes, say) reads one kind newest first: the kind follows the person, so a page
    // of a person's few outcomes never passes over their thousands of entries; the same columns ride along
    @Index(name = "OUTCOMES_ITEM_COLLECTION",
            columnList = "PERSON_ID,KIND,STATE,OCCURRED_AT DESC,ITEM_ID DESC,SUBKIND,AGENCY,CATEGORY,VERSION"),
    @Index(name = "OUTCOMES_ITEM_KIND", columnList = "KIND,STATE,CREATED_AT,ITEM_ID"),
    // the key leads so that a batch's IN list of keys is probed in the index, not scanned agency-wide
    @Index(name = "OUTCOMES_ITEM_SOURCE_KEY", columnList = "SOURCE_KEY,SOURCE_AGENCY")
}, uniqueConstraints = @UniqueConstraint(name = "OUTCOMES_ITEM_ONCE", columnNames = {"SOURCE_AGENCY", "SOURCE_KEY", "VERSION"}))
public class ItemRow {

    static final String LIVE = "live";
    static final String SUPERSEDED = "superseded";
    static final String WITHDRAWN = "withdrawn";
    /**
     * The category column of an entry the person keeps to themselves: no consent category, so that no directive
     * grants it; only the person (and a safeguarding break-glass) reads it. Its body keeps the kind's category.
     */
    static final String ONLY_ME = "only-me";
    /** The most a stored item (its JSON body) may hold; checked before anything is written. */
    static final int BODY_CHARS = 32000;
    /**
     * The most a body's {@code provenance} (who did the work, who sent it) may take: its fields' limits, each
     * character escaped, and the names of the fields.
     */
    static final int PROVENANCE_CHARS = 2 * (Practitioner.MAX_NAME + Practitioner.MAX_ROLE + Practitioner.MAX_IDENTIFIER
            + 64) + 100;

    @Id
    @Column(name = "ITEM_ID", length = 36)
    private String itemId;

    @Id
    @Column(name = "VERSION")
    private int version;

    @Column(name = "KIND", length = 24, nullable = false)
    private String kind;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    /** The kind within the kind that lists filter on, such as an entry's {@code visit} or {@code learning-log}. */
    @Column(name = "SUBKIND", length = 24)
    private String subkind;

    @Column(name = "STATE", length = 12, nullable = false)
    private String state;

    @Column(name = "AGENCY", length = 64)
    private String agency;

    @Column(name = "AUTHOR", length = 64, nullable = false)
    private String author;

    @Column(name = "CATEGORY", length = 24, nullable = false)
    private String category;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "SOURCE_AGENCY", length = 64)
    private String sourceAgency;

    @Column(name = "SOURCE_KEY", length = 255)
    private String sourceKey;

    @Column(name = "REASON", length = 2000)
    private String reason;

    @Column(name = "BODY", length = BODY_CHARS, nullable = false)
    private String body;

    /** For a row read by a list: the item this version is, when that was already worked out and kept. */
    @Transient
    private RecordItem parsed;

    /**
     * The columns a list reads first, all of them in the journey index, so Derby need not touch the table:
     * enough to sift and cut a page. The item itself comes from what is kept of each version.
     */
    static final String LISTED = "r.itemId, r.version, r.kind, r.subkind, r.agency, r.category, r.occurredAt";
    /** What a list reads when some versions on its page were not kept: the rest the item is made from. */
    static final String WHOLE = LISTED + ", r.author, r.recordedAt, r.sourceKey, r.body";

    /** A live row of this person as a list read it, in the order of {@link #LISTED} or {@link #WHOLE}. */
    static ItemRow listed(String personId, Object[] c) {
        ItemRow row = new ItemRow((String) c[0], ((Number) c[1]).intValue(), (String) c[2], personId);
        row.subkind = (String) c[3];
        row.agency = (String) c[4];
        row.category = (String) c[5];
        row.occurredAt = (LocalDateTime) c[6];
        if (c.length > 7) {
            row.author = (String) c[7];
            row.recordedAt = (LocalDateTime) c[8];
            row.sourceKey = (String) c[9];
            row.body = (String) c[10];
        }
        return row;
    }

    public ItemRow() {
        // for JPA
    }

    ItemRow(String itemId, int version, String kind, String personId) {
        this.itemId = itemId;
        this.version = version;
        this.kind = kind;
        this.personId = personId;
        this.state = LIVE;
    }

    /** The next version of this item, carrying what does not change between versions. */
    ItemRow successor() {
        ItemRow next = new ItemRow(itemId, version + 1, kind, personId);
        next.subkind = subkind;
        next.agency = agency;
        next.category = category;
        next.occurredAt = occurredAt;
        next.createdAt = createdAt;
        next.sourceAgency = sourceAgency;
        next.sourceKey = sourceKey;
        next.body = body;
        return next;
    }

    public String itemId() { return itemId; }
    public int version() { return version; }
    public String kind() { return kind; }
    public String personId() { return personId; }
    public String subkind() { return subkind; }
    public String state() { return state; }
    public String agency() { return agency; }
    public String author() { return author; }
    public String category() { return category; }
    public Instant occurredAt() { return occurredAt.toInstant(ZoneOffset.UTC); }
    public Instant createdAt() { return createdAt.toInstant(ZoneOffset.UTC); }
    public Instant recordedAt() { return recordedAt.toInstant(ZoneOffset.UTC); }
    public String sourceAgency() { return sourceAgency; }
    public String sourceKey() { return sourceKey; }
    public String reason() { return reason; }
    public String body() { return body; }
    RecordItem parsed() { return parsed; }

    void subkind(String value) { this.subkind = value; }
    void state(String value) { this.state = value; }
    void agency(String value) { this.agency = value; }
    void author(String value) { this.author = value; }
    void category(String value) { this.category = value; }
    void occurredAt(Instant value) { this.occurredAt = LocalDateTime.ofInstant(value, ZoneOffset.UTC); }
    void createdAt(Instant value) { this.createdAt = LocalDateTime.ofInstant(value, ZoneOffset.UTC); }
    void recordedAt(Instant value) { this.recordedAt = LocalDateTime.ofInstant(value, ZoneOffset.UTC); }
    void source(String agencyId, String key) { this.sourceAgency = agencyId; this.sourceKey = key; }
    void reason(String value) { this.reason = value; }
    void body(String value) { this.body = value; }
    void parsed(RecordItem value) { this.parsed = value; }

    /** The composite key: an item id and one of its versions. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String itemId;
        private int version;

        public Key() {
            // for JPA
        }

        public Key(String itemId, int version) {
            this.itemId = itemId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.itemId, itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, version);
        }
    }
}
