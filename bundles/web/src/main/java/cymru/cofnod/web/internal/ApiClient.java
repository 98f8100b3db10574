package cymru.cofnod.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The public HTTP API, as the signed-in user with their purpose of use. The pages read and write only
 * through this, so consent and audit apply to them exactly as to any other client.
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;
    private final String purpose;

    ApiClient(String base, String authorization, String purpose) {
        this.base = base;
        this.authorization = authorization;
        this.purpose = purpose;
    }

    ApiClient purpose(String newPurpose) {
        return new ApiClient(base, authorization, newPurpose);
    }

    /** The same API as someone else: how a sign-in is checked. */
    ApiClient as(String newAuthorization) {
        return new ApiClient(base, newAuthorization, purpose);
    }

    /** An answer: its status and its JSON body (a problem document when it failed). */
    record Reply(int status, JsonNode json) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's detail, when the API refused. */
        String detail() {
            return json.path("detail").asText("");
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    /** A new version of what {@code path} names, made from {@code version}, the one the user read (If-Match). */
    Reply put(String path, Object body, long version) {
        return send("PUT", path, body, "\"" + version + "\"");
    }

    private Reply send(String method, String path, Object body) {
        return send(method, path, body, null);
    }

    /** A file the API answers with as it came (a report's CSV): its status, its type and its bytes. */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path, String accept) {
        HttpResponse<byte[]> r = exchange("GET", path, null, null, accept);
        return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(accept), r.body());
    }

    private Reply send(String method, String path, Object body, String ifMatch) {
        HttpResponse<byte[]> r = exchange(method, path, body, ifMatch, "application/json");
        return new Reply(r.statusCode(), r.body().length == 0 ? MissingNode.getInstance() : parse(r.body()));
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body, String ifMatch, String accept) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", accept)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (body != null) {
                b.header("Content-Type", "application/json; charset=UTF-8");
            }
            if (purpose != null) {
                b.header("X-Purpose-Of-Use", purpose);
            }
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiUnavailableException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailableException(method + " " + path, e);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The API could not be reached at all: a server fault, shown as such. */
    static final class ApiUnavailableException extends RuntimeException {
        ApiUnavailableException(String what, Exception cause) {
            super(what + " could not reach the API", cause);
        }
    }
}
