package cymru.cofnod.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A real HTTP client for the API, as a demo user with a purpose of use. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String user;
    private final String password;
    private final String purpose;

    private Api(String user, String password, String purpose) {
        this.user = user;
        this.password = password;
        this.purpose = purpose;
    }

    public static Api as(String user) {
        return new Api(user, "demo", "direct-care");
    }

    public static Api anonymous() {
        return new Api(null, null, null);
    }

    public Api withPassword(String newPassword) {
        return new Api(user, newPassword, purpose);
    }

    public Api purpose(String newPurpose) {
        return new Api(user, password, newPurpose);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, null);
    }

    public Reply put(String path, String json, String ifMatch) {
        return send("PUT", path, json, ifMatch);
    }

    /** A GET that asks for one media type in {@code Accept}, such as a printable page's {@code text/html}. */
    public Reply get(String path, String accept) {
        return send("GET", path, null, null, null, accept);
    }

    public Reply send(String method, String path, String json, String ifMatch) {
        return send(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                json == null ? null : "application/json; charset=UTF-8", ifMatch, null);
    }

    /** Any method with any bytes in any media type, as a fuzzer sends them. */
    public Reply send(String method, String path, byte[] body, String contentType, String ifMatch) {
        return send(method, path, body, contentType, ifMatch, null);
    }

    /** A payload in any format (an agency's CSV, FHIR, bytes that are no format at all). */
    public Reply post(String path, String contentType, byte[] body) {
        return send("POST", path, body, contentType, null, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null, null, null);
    }

    private Reply send(String method, String path, byte[] body, String contentType, String ifMatch, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(CofnodContainer.API + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (purpose != null) {
            b.header("X-Purpose-Of-Use", purpose);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return new Reply(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body, parsed as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
