package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.Disclosure;
import cymru.cofnod.core.api.RecordCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sharing policy's {@link Disclosure} applied to this bundle's rows: item by item for direct reads,
 * and as a JPQL condition for lists, so pages are filtered before they are cut. The condition mirrors
 * {@link Disclosure#allows} clause for clause; a randomised test holds the two to the same answers.
 */
record Visibility(Disclosure disclosure, boolean ownWords) {

    static Visibility all() {
        return new Visibility(Disclosure.everything("Cofnod's own work"), true);
    }

    /**
     * @param ownWords whether the requester reads what the person wrote themselves (items of no agency) whatever
     *                 the directives say: the person's default for the agencies involved in their care
     */
    Visibility {
        ownWords = ownWords || disclosure.everything();
    }

    boolean allows(ItemRow row, Collection<String> links) {
        if (ItemRow.ONLY_ME.equals(row.category())) {
            return disclosure.everything();
        }
        return ownWords && row.agency() == null
                || disclosure.allows(row.agency(), RecordCategory.fromWireName(row.category()), row.itemId(), links);
    }

    /** What this visibility is made of, as a key: two requests with the same key see the same items. */
    String key() {
        StringBuilder key = new StringBuilder().append(disclosure.everything()).append('|').append(ownWords)
                .append('|').append(disclosure.ownAgency());
        disclosure.grants().stream().map(g -> new java.util.TreeSet<>(g.categories()) + "/"
                + new java.util.TreeSet<>(g.outcomeScope())).sorted().forEach(g -> key.append('|').append(g));
        return key.toString();
    }

    /** True when some items may be hidden, so a list can say that consent withheld some. */
    boolean partial() {
        return !disclosure.everything();
    }

    /**
     * True when not everything but likely most of the record may be seen: a directive grants categories over the
     * whole record, so a page read unfiltered is likely to hide nothing.
     */
    boolean broad() {
        return partial() && disclosure.grants().stream().anyMatch(g -> g.wholeRecord() && !g.categories().isEmpty());
    }

    /**
     * True for a practitioner whose agency is not involved in the person's care: no directive and nothing written,
     * so they see nothing of the record, and may learn no more of it than a trace tells.
     */
    boolean outsider() {
        return !ownWords && disclosure.ownAgency() != null && disclosure.grants().isEmpty();
    }

    /** True when nothing at all may be seen: no own agency and no grant. */
    boolean nothing() {
        return !disclosure.everything() && !ownWords && disclosure.ownAgency() == null
                && disclosure.grants().stream().allMatch(g -> g.categories().isEmpty());
    }

    /**
     * The same rule as {@link Disclosure#allows} as a JPQL condition on {@code r}, adding its parameters;
     * empty when everything may be seen. No literal-only comparisons: EclipseLink stops binding a whole
     * statement on Derby when it meets one, and every query would then be compiled afresh.
     */
    Optional<String> condition(Map<String, Object> params) {
        if (disclosure.everything()) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        if (ownWords) {
            clauses.add("(r.agency is null and r.category <> :onlyMe)");
            params.put("onlyMe", ItemRow.ONLY_ME);
        }
        if (disclosure.ownAgency() != null) {
            // null-safe, so that "not" of this condition (what is hidden) counts the person's own items too
            clauses.add("(r.agency is not null and r.agency = :ownAgency)");
            params.put("ownAgency", disclosure.ownAgency());
        }
        for (int i = 0; i < disclosure.grants().size(); i++) {
            Disclosure.Grant g = disclosure.grants().get(i);
            if (g.categories().isEmpty()) {
                continue;
            }
            StringBuilder c = new StringBuilder("(r.category in :cats").append(i);
            params.put("cats" + i, g.categories().stream().map(RecordCategory::wireName).collect(Collectors.toSet()));
            if (!g.wholeRecord()) {
                // one of the scope's outcomes, or about some item and about nothing outside the scope
                c.append(" and (r.itemId in :scope").append(i)
                        .append(" or exists (select l from ItemLink l where l.itemId = r.itemId)")
                        .append(" and not exists (select o from ItemLink o where o.itemId = r.itemId")
                        .append(" and o.targetId not in :scope").append(i).append("))");
                params.put("scope" + i, g.outcomeScope());
            }
            clauses.add(c.append(')').toString());
        }
        return Optional.of("(" + String.join(" or ", clauses) + ")");
    }
}
