package cymru.cofnod.adapter.internal;

import cymru.cofnod.adapter.api.ItemRejected;
import cymru.cofnod.outcomes.api.NhsNumber;
import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.PersonService.IdentifierSystem;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the identifiers an item names to one person, for one pass: a person is matched only when every
 * identifier the item names is theirs or unknown to Cofnod. An identifier that another person has, or that differs
 * from the person's own of that system, is a conflict: the item waits in quarantine rather than being matched on
 * one of them. Both conflicts have one reason, naming only what the item itself said, so that the answer never
 * tells the agency that someone else exists.
 */
final class Matching {

    private final PersonService people;
    /** An item's identifiers to the person they matched: a batch names the same few people many times. */
    private final Map<Map<IdentifierSystem, String>, String> matched = new HashMap<>();
    /** The identifiers each person matched in this pass has in Cofnod. */
    private final Map<String, Map<IdentifierSystem, String>> identifiersOf = new HashMap<>();

    Matching(PersonService people) {
        this.people = people;
    }

    /** The identifiers an adapter gave, blanks left out, NHS numbers without spaces or hyphens. */
    static Map<IdentifierSystem, String> given(Map<IdentifierSystem, String> identifiers) {
        Map<IdentifierSystem, String> given = new EnumMap<>(IdentifierSystem.class);
        identifiers.forEach((system, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(system, normalise(system, value));
            }
        });
        return given;
    }

    /**
     * The one person all of {@code given} belong to, or empty when none of them is known.
     *
     * @throws ItemRejected when they do not all belong to one person
     */
    Optional<String> person(Map<IdentifierSystem, String> given) {
        String known = matched.get(given);
        if (known != null) {
            return Optional.of(known);
        }
        Map<String, Map<IdentifierSystem, String>> named = people.identifiersOfPeopleNamed(given);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (named.size() > 1) {
            throw conflict(given);
        }
        var person = named.entrySet().iterator().next();
        given.forEach((system, value) -> {
            String theirs = person.getValue().get(system);
            if (theirs != null && !theirs.equals(value)) {
                throw conflict(given);
            }
        });
        matched.put(Map.copyOf(given), person.getKey());
        identifiersOf.put(person.getKey(), new EnumMap<>(person.getValue()));
        return Optional.of(person.getKey());
    }

    /**
     * Whether the agency's own identifier is still to be attached to a person this pass matched: false when they
     * have it already.
     *
     * @throws ItemRejected when the person was not matched in this pass, has another identifier of that system,
     *                      or the identifier names someone else
     */
    boolean toAttach(String personId, IdentifierSystem system, String value) {
        Map<IdentifierSystem, String> theirs = identifiersOf.get(personId);
        if (theirs == null) {
            throw new ItemRejected("an identifier is attached only to the person the item's own identifiers matched");
        }
        String own = normalise(system, value);
        String had = theirs.get(system);
        if (own.equals(had)) {
            return false;
        }
        if (had != null) {
            throw new ItemRejected("the person this item names already has another " + words(system) + " identifier in Cofnod, "
                    + "which is never overwritten: nothing was taken in; check it in your system, then retry");
        }
        if (people.findByIdentifier(system, own).filter(holder -> !holder.equals(personId)).isPresent()) {
            throw conflict(Map.of(system, own));
        }
        return true;
    }

    /** The person has the identifier now. */
    void attached(String personId, IdentifierSystem system, String value) {
        identifiersOf.get(personId).put(system, normalise(system, value));
    }

    static ItemRejected conflict(Map<IdentifierSystem, String> given) {
        return new ItemRejected("the identifiers " + words(given) + " do not all belong to one person in Cofnod: "
                + "nothing was matched; check them in your system, then retry");
    }

    static String words(Map<IdentifierSystem, String> given) {
        StringBuilder b = new StringBuilder();
        given.forEach((system, value) -> b.append(b.length() == 0 ? "" : ", ").append(words(system)).append(' ')
                .append(value));
        return b.toString();
    }

    private static String words(IdentifierSystem system) {
        return system.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String normalise(IdentifierSystem system, String value) {
        return system == IdentifierSystem.NHS ? NhsNumber.normalise(value.trim()) : value.trim();
    }
}
