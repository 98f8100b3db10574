package cymru.cofnod.outcomes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of one person's record one requester may see: everything, or what their own agency wrote plus
 * what grants allow (categories, optionally only items about named outcomes). It is applied in the
 * query for lists, so pages are filtered before they are cut, and item by item for direct reads; both
 * come from the one description here, so they cannot disagree.
 */
record Visibility(boolean everything, String ownAgency, List<Grant> grants) {

    /** Categories of the record, over the whole record or only items about the outcomes in scope. */
    record Grant(Set<String> categories, Set<String> outcomeScope) {
        boolean wholeRecord() {
            return outcomeScope.isEmpty();
        }
    }

    static Visibility all() {
        return new Visibility(true, null, List.of());
    }

    boolean allows(String agency, String category, String itemId, Collection<String> links) {
        if (everything || ownAgency != null && ownAgency.equals(agency)) {
            return true;
        }
        for (Grant g : grants) {
            if (g.categories().contains(category) && (g.wholeRecord() || g.outcomeScope().contains(itemId)
                    || links.stream().anyMatch(g.outcomeScope()::contains))) {
                return true;
            }
        }
        return false;
    }

    /** True when some items may be hidden, so a list can say that consent withheld some. */
    boolean partial() {
        return !everything;
    }

    /** The same rule as {@link #allows} as a JPQL condition on {@code r}, adding its parameters. */
    String condition(Map<String, Object> params) {
        if (everything) {
            return "1 = 1";
        }
        StringBuilder c = new StringBuilder("(");
        if (ownAgency != null) {
            c.append("r.agency = :ownAgency");
            params.put("ownAgency", ownAgency);
        } else {
            c.append("1 = 0");
        }
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            if (g.categories().isEmpty()) {
                continue;
            }
            c.append(" or (r.category in :cats").append(i);
            params.put("cats" + i, g.categories());
            if (!g.wholeRecord()) {
                c.append(" and (r.itemId in :scope").append(i)
                        .append(" or exists (select l from ItemLink l where l.itemId = r.itemId and l.targetId in :scope")
                        .append(i).append("))");
                params.put("scope" + i, g.outcomeScope());
            }
            c.append(')');
        }
        return c.append(')').toString();
    }
}
