package cymru.cofnod.core.api;

/** Where a page starts (an opaque cursor from the previous page, or null) and how long it is. */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new MalformedRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}
