package cymru.cofnod.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a {@link Request} as one user with one purpose of use: the only place the client builds HTTP. Every
 * answer comes back as it is, refusals included; the typed calls turn refusals into {@link ProblemException}.
 */
final class Transport {

    /** One connection pool for every client of this JVM: clients differ only in who asks and why. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final String authorization;
    private final String purpose;

    Transport(String base, String authorization, String purpose) {
        this.base = base;
        this.authorization = authorization;
        this.purpose = purpose;
    }

    Transport withAuthorization(String newAuthorization) {
        return new Transport(base, newAuthorization, purpose);
    }

    Transport withPurpose(String newPurpose) {
        return new Transport(base, authorization, newPurpose);
    }

    Reply send(Request r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(TIMEOUT)
                .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        header(b, "Content-Type", r.contentType());
        header(b, "Accept", r.accept());
        header(b, "If-Match", r.ifMatch());
        header(b, "Authorization", authorization);
        header(b, "X-Purpose-Of-Use", purpose);
        try {
            HttpResponse<byte[]> answer = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(answer.statusCode(), answer.headers(), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(r.method() + " " + r.path() + " could not reach the API", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(r.method() + " " + r.path() + " was interrupted", e);
        }
    }

    private static void header(HttpRequest.Builder b, String name, String value) {
        if (value != null) {
            b.header(name, value);
        }
    }
}
