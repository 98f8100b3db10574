package cymru.cofnod.consent.api;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The SPI a bundle that keeps record items provides so that the audit can check the stored record: every
 * item version it holds, digested as {@link VersionDigest} was when written. Verification compares these with
 * the digests the write events carry, from every such service.
 */
public interface RecordVersions {

    /** Hands every stored version to {@code each}, in any order, read in pages. */
    void each(Consumer<VersionDigest> each);

    /**
     * Reads stored rows page by page in the order of their key ({@code pageAfter} gives the page after the row
     * given, the first page for {@code null}) and digests each, telling {@code digest} whether the next row is
     * a newer version of the same item, the one thing that may mark it superseded.
     */
    static <R> void inKeyOrder(Function<R, List<R>> pageAfter, Function<R, String> itemId,
                               BiFunction<R, Boolean, VersionDigest> digest, Consumer<VersionDigest> each) {
        R held = null;
        List<R> page = pageAfter.apply(null);
        while (!page.isEmpty()) {
            for (R row : page) {
                if (held != null) {
                    each.accept(digest.apply(held, itemId.apply(held).equals(itemId.apply(row))));
                }
                held = row;
            }
            page = pageAfter.apply(held);
        }
        if (held != null) {
            each.accept(digest.apply(held, false));
        }
    }
}
