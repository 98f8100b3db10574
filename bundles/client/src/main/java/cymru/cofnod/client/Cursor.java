package cymru.cofnod.client;

import cymru.cofnod.core.api.Page;

/**
 * Where a page of a list starts ({@code null}: at the newest) and how many items it holds at most. The next
 * page starts where {@link Page#nextCursor()} says.
 */
public record Cursor(String cursor, Integer limit) {

    /** The first page, as long as the API makes it by default (50). */
    public static Cursor first() {
        return new Cursor(null, null);
    }

    public static Cursor first(int limit) {
        return new Cursor(null, limit);
    }

    /** The page after {@code page}, as long as this one; null when {@code page} was the last. */
    public Cursor after(Page<?> page) {
        return page.nextCursor() == null ? null : new Cursor(page.nextCursor(), limit);
    }
}
