package cymru.cofnod.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.client.Request;
import java.io.IOException;

/**
 * The API as a demo user with a purpose of use, through cofnod-client, for tests that look at an answer as it
 * came (status, headers, the JSON as written). {@link #client()} gives the typed calls.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final CofnodClient NOBODY = CofnodClient.at(CofnodContainer.API);

    private final String user;
    private final CofnodClient client;

    private Api(String user, CofnodClient client) {
        this.user = user;
        this.client = client;
    }

    public static Api as(String user) {
        return as(user, NOBODY);
    }

    /** As {@code user} on another Cofnod than the test's container (a node of ClusterIT): {@code node} is at its API. */
    public static Api as(String user, CofnodClient node) {
        return new Api(user, node.as(user, "demo").purpose("direct-care"));
    }

    public static Api anonymous() {
        return new Api(null, NOBODY);
    }

    /** The typed client, as this user with this purpose. */
    public CofnodClient client() {
        return client;
    }

    public Api withPassword(String newPassword) {
        return new Api(user, client.as(user, newPassword));
    }

    public Api purpose(String newPurpose) {
        return new Api(user, client.purpose(newPurpose));
    }

    public Reply get(String path) {
        return send(Request.get(path));
    }

    public Reply post(String path, String json) {
        return send(Request.post(path, json));
    }

    public Reply put(String path, String json, String ifMatch) {
        return send(Request.put(path, json, ifMatch));
    }

    /** A GET that asks for one media type in {@code Accept}, such as a printable page's {@code text/html}. */
    public Reply get(String path, String accept) {
        return send(Request.get(path).accept(accept));
    }

    /** Any method with any bytes in any media type, as a fuzzer sends them. */
    public Reply send(String method, String path, byte[] body, String contentType, String ifMatch) {
        return send(Request.of(method, path, body, contentType).ifMatch(ifMatch));
    }

    /** A payload in any format (an agency's CSV, FHIR, bytes that are no format at all). */
    public Reply post(String path, String contentType, byte[] body) {
        return send(Request.of("POST", path, body, contentType));
    }

    public Reply delete(String path) {
        return send(Request.delete(path));
    }

    private Reply send(Request request) {
        return new Reply(client.send(request));
    }

    /** An answer: status, headers and the body, parsed as JSON on demand. */
    public record Reply(cymru.cofnod.client.Reply reply) {

        public int status() {
            return reply.status();
        }

        public String body() {
            return reply.text();
        }

        public String header(String name) {
            return reply.header(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(reply.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + reply.text(), e);
            }
        }

        @Override
        public String toString() {
            return reply.toString();
        }
    }
}
