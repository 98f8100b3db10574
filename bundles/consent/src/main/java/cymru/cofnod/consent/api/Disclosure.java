package cymru.cofnod.consent.api;

import cymru.cofnod.core.api.RecordCategory;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The policy's answer for one requester and one person's record, at one moment: everything (the
 * person themselves, or break-glass), or what the requester's own agency wrote plus what active
 * directives grant. Lists apply it in their query before paging; direct reads ask {@link #allows}.
 *
 * @param breakGlass true when everything is disclosed under a safeguarding break-glass
 * @param reason     why, in words an auditor can read
 */
public record Disclosure(boolean everything, boolean breakGlass, String ownAgency, List<Grant> grants,
                         String reason) {

    public Disclosure {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    /**
     * What one directive grants: these categories, over the whole record or only over items about
     * the outcomes in scope.
     */
    public record Grant(String directiveId, Set<RecordCategory> categories, Set<String> outcomeScope) {
        public Grant {
            categories = Set.copyOf(categories);
            outcomeScope = outcomeScope == null ? Set.of() : Set.copyOf(outcomeScope);
        }

        public boolean wholeRecord() {
            return outcomeScope.isEmpty();
        }

        /** Whether an item is one of the scope's outcomes, or about them and nothing else. */
        public boolean covers(String itemId, Collection<String> links) {
            return outcomeScope.contains(itemId) || !links.isEmpty() && outcomeScope.containsAll(links);
        }
    }

    public static Disclosure everything(String reason) {
        return new Disclosure(true, false, null, List.of(), reason);
    }

    /**
     * The one rule: own agency's items always; another's only under a grant for its category and scope. An item
     * is in a scope when it is one of the scope's outcomes or when everything it is about is in the scope (an
     * entry about outcomes A and B is not shown under a directive for A alone: it would carry B's words).
     */
    public boolean allows(String itemAgency, RecordCategory category, String itemId, Collection<String> links) {
        if (everything || ownAgency != null && ownAgency.equals(itemAgency)) {
            return true;
        }
        for (Grant g : grants) {
            if (g.categories().contains(category) && (g.wholeRecord() || g.covers(itemId, links))) {
                return true;
            }
        }
        return false;
    }
}
