package cymru.cofnod.outcomes.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** By name and by collection: looked up for every row of every page. */
    private static final Map<String, ItemKind<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ItemKind::name, k -> k));
    private static final Map<String, ItemKind<?>> BY_COLLECTION =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ItemKind::collection, k -> k));

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
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    public static Optional<ItemKind<?>> byCollection(String collection) {
        return Optional.ofNullable(collection == null ? null : BY_COLLECTION.get(collection));
    }

    @Override
    public String toString() {
        return name;
    }
}
