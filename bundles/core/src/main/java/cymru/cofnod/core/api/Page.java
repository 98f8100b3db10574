package cymru.cofnod.core.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a keyset-paged list. There is deliberately no total: counting is slow and can leak
 * what consent withholds.
 *
 * @param items      the items, already filtered by consent
 * @param nextCursor where the next page starts, or null on the last page
 * @param withheld   true when consent withheld some items from the stretch of the list this page covers
 *                   (from the cursor to its last item; to the end on the last page), never which nor how many
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String nextCursor, boolean withheld) {

    public Page {
        items = List.copyOf(items);
    }
}
