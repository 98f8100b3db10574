package cymru.cofnod.core.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values for a query's {@code IN} list, in pieces of at most 500: Derby compiles a statement for each length
 * of list it is given, and a long list takes it long to compile and to plan.
 */
public final class InList {

    static final int MOST = 500;

    private InList() {
    }

    /** The values in order, in pieces of at most 500; none for none. */
    public static <T> List<List<T>> pieces(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> pieces = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MOST) {
            pieces.add(all.subList(from, Math.min(all.size(), from + MOST)));
        }
        return pieces;
    }
}
