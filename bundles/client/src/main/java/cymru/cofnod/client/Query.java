package cymru.cofnod.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A path with its query parameters, each encoded; parameters given as null are left out. */
final class Query {

    private final StringBuilder path;
    private char separator;

    private Query(String path) {
        this.path = new StringBuilder(path);
        this.separator = path.indexOf('?') < 0 ? '?' : '&';
    }

    static Query of(String path) {
        return new Query(path);
    }

    /** One path segment, encoded: ids are the API's, but codes and agencies come from users. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Query and(String name, Object value) {
        if (value != null) {
            path.append(separator).append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return this;
    }

    /** Where a page starts and how long it is. */
    Query page(Cursor at) {
        return and("cursor", at.cursor()).and("limit", at.limit());
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
