package cymru.cofnod.client;

/** An item's version as the API's ETag carries it: the number, quoted. */
final class Versions {

    private Versions() {
    }

    static String tag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an ETag names, or null when there is no ETag or it names no version. */
    static Long of(String etag) {
        if (etag == null) {
            return null;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        try {
            return Long.valueOf(bare.replace("\"", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
