package cymru.cofnod.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.client.Request;
import java.io.UncheckedIOException;

/**
 * The public HTTP API through cofnod-client, as the signed-in user with their purpose of use. The pages read and
 * write only through this, so consent and audit apply to them exactly as to any other client. A form's JSON is
 * sent as the form made it, so the API's field errors name the form's own fields.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "application/json";

    private final CofnodClient client;

    ApiClient(String base, String authorization, String purpose) {
        this(CofnodClient.at(base).withAuthorization(authorization).purpose(purpose));
    }

    private ApiClient(CofnodClient client) {
        this.client = client;
    }

    ApiClient purpose(String newPurpose) {
        return new ApiClient(client.purpose(newPurpose));
    }

    /** The same API as someone else: how a sign-in is checked. */
    ApiClient as(String newAuthorization) {
        return new ApiClient(client.withAuthorization(newAuthorization));
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
        return send(Request.get(path));
    }

    Reply post(String path, Object body) {
        return send(Request.post(path, json(body)));
    }

    /** A new version of what {@code path} names, made from {@code version}, the one the user read (If-Match). */
    Reply put(String path, Object body, long version) {
        return send(Request.put(path, json(body), null).ifMatch(version));
    }

    private Reply send(Request request) {
        cymru.cofnod.client.Reply answer = exchange(request.accept(ANSWER));
        return new Reply(answer.status(), answer.json());
    }

    /** A file the API answers with (the person's copy of their record), as it came: status, type and bytes. */
    record Download(int status, String contentType, cymru.cofnod.client.Reply answer) {

        /** The answer as JSON: the problem document of a refusal. */
        Reply asReply() {
            return new Reply(status, answer.json());
        }

        byte[] body() {
            return answer.body();
        }
    }

    Download download(String path, String accept) {
        cymru.cofnod.client.Reply answer = exchange(Request.get(path).accept(accept));
        String type = answer.header("Content-Type");
        return new Download(answer.status(), type == null ? "" : type, answer);
    }

    private cymru.cofnod.client.Reply exchange(Request request) {
        try {
            return client.send(request);
        } catch (UncheckedIOException e) {
            throw new ApiUnavailableException(request.method() + " " + request.path(), e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a form's body is always JSON", e);
        }
    }

    /** The API could not be reached at all: a server fault, shown as such. */
    static final class ApiUnavailableException extends RuntimeException {
        ApiUnavailableException(String what, Exception cause) {
            super(what + " could not reach the API", cause);
        }
    }
}
