package cymru.cofnod.client;

import java.nio.charset.StandardCharsets;

/**
 * One request as the API takes it: a method, a path under {@code /cofnod/api/v1}, and optionally a body with its
 * media type, the version the writer read ({@code If-Match}) and the media type wanted back ({@code Accept}).
 * Who asks and why is the client's, never the request's.
 */
public record Request(String method, String path, byte[] body, String contentType, String ifMatch, String accept) {

    static final String JSON = "application/json; charset=UTF-8";

    public static Request get(String path) {
        return new Request("GET", path, null, null, null, null);
    }

    public static Request delete(String path) {
        return new Request("DELETE", path, null, null, null, null);
    }

    /** A POST of JSON as written (a form's own JSON, or what a test sends on purpose). */
    public static Request post(String path, String json) {
        return new Request("POST", path, utf8(json), json == null ? null : JSON, null, null);
    }

    /** A PUT of JSON as written, made from the version named in {@code ifMatch} (an ETag, quoted). */
    public static Request put(String path, String json, String ifMatch) {
        return new Request("PUT", path, utf8(json), json == null ? null : JSON, ifMatch, null);
    }

    /** Any method with any bytes in any media type: an agency's payload, or a fuzzer's. */
    public static Request of(String method, String path, byte[] body, String contentType) {
        return new Request(method, path, body, contentType, null, null);
    }

    /** The same request made from the version {@code version} (the ETag the API gave it). */
    public Request ifMatch(long version) {
        return ifMatch(Versions.tag(version));
    }

    public Request ifMatch(String etag) {
        return new Request(method, path, body, contentType, etag, accept);
    }

    public Request accept(String mediaType) {
        return new Request(method, path, body, contentType, ifMatch, mediaType);
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
