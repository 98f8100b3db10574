package cymru.cofnod.outcomes.api;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of item a record holds, each with its collection name under {@code /people/{id}/} and its
 * value type.
 */
public final class ItemKind<T extends RecordItem> {

    public static final ItemKind<Outcome> OUTCOME = new ItemKind<>("outcome", "outcomes", Outcome.class);
    public static final ItemKind<Strength> STRENGTH = new ItemKind<>("strength", "strengths", Strength.class);
    public static final ItemKind<Risk> RISK = new ItemKind<>("risk", "risks", Risk.class);
    public static final ItemKind<Entry> ENTRY = new ItemKind<>("entry", "entries", Entry.class);
    public static final ItemKind<Perspective> PERSPECTIVE =
            new ItemKind<>("perspective", "perspectives", Perspective.class);
    public static final ItemKind<Decision> DECISION = new ItemKind<>("decision", "decisions", Decision.class);
    public static final ItemKind<Review> REVIEW = new ItemKind<>("review", "reviews", Review.class);
    public static final ItemKind<Profile> PROFILE = new ItemKind<>("profile", "profiles", Profile.class);

    public static final List<ItemKind<?>> ALL =
            List.of(OUTCOME, STRENGTH, RISK, ENTRY, PERSPECTIVE, DECISION, REVIEW, PROFILE);

    private final String name;
    private final String collection;
    private final Class<T> type;

    private ItemKind(String name, String collection, Class<T> type) {
        this.name = name;
        this.collection = collection;
        this.type = type;
    }

    /** The kind's name as stored and as the timeline shows it. */
    public String name() {
        return name;
    }

    /** The path segment under {@code /people/{id}/}. */
    public String collection() {
        return collection;
    }

    public Class<T> type() {
        return type;
    }

    public static Optional<ItemKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    public static Optional<ItemKind<?>> byCollection(String collection) {
        return ALL.stream().filter(k -> k.collection.equals(collection)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
