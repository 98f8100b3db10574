package cymru.cofnod.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Cofnod's HTTP API as one user with one purpose of use. Who asks ({@link #as}) and why ({@link #purpose}) are
 * set once and sent with every request; each returns a new client, so one client is never shared by two users.
 * Typed calls answer the api records and throw {@link ProblemException} when the API refuses;
 * {@link #send(Request)} answers any {@link Reply} as it came.
 *
 * <pre>
 * CofnodClient api = CofnodClient.at("http://localhost:8181/cofnod/api/v1").as("social-worker", "demo")
 *         .purpose("direct-care");
 * Page&lt;Outcome&gt; outcomes = api.record(personId).items(ItemKind.OUTCOME).list(Cursor.first());
 * </pre>
 */
public final class CofnodClient {

    private final Transport transport;
    private final Calls calls;

    private CofnodClient(Transport transport) {
        this.transport = transport;
        this.calls = new Calls(transport);
    }

    /** A client of the API at {@code base} (such as {@code http://localhost:8181/cofnod/api/v1}), signed in as nobody. */
    public static CofnodClient at(String base) {
        return new CofnodClient(new Transport(base.endsWith("/") ? base.substring(0, base.length() - 1) : base,
                null, null));
    }

    /** The same API as {@code user}, by HTTP Basic authentication. */
    public CofnodClient as(String user, String password) {
        return withAuthorization("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The same API with an {@code Authorization} header as given (a sign-in passed on), or none when null. */
    public CofnodClient withAuthorization(String authorization) {
        return new CofnodClient(transport.withAuthorization(authorization));
    }

    /** The same API for {@code purpose} ({@code direct-care}, {@code care-planning}, ...), or none when null. */
    public CofnodClient purpose(String purpose) {
        return new CofnodClient(transport.withPurpose(purpose));
    }

    /** Any request, answered as it came: for what has no typed call, or a form's own JSON. */
    public Reply send(Request request) {
        return transport.send(request);
    }

    public People people() {
        return new People(calls);
    }

    public PersonRecord record(String personId) {
        return new PersonRecord(calls, personId);
    }

    public Consents consents() {
        return new Consents(calls);
    }

    public Meetings meetings() {
        return new Meetings(calls);
    }

    public Plans plans() {
        return new Plans(calls);
    }

    public Nof nof() {
        return new Nof(calls);
    }

    public Agencies agencies() {
        return new Agencies(calls);
    }

    public Audit audit() {
        return new Audit(calls);
    }

    public Coach coach() {
        return new Coach(calls);
    }

    public Me me() {
        return calls.get("/me", Me.class);
    }

    /** The status of the database and every Cofnod bundle; asked without signing in. */
    public JsonNode health() {
        return send(Request.get("/health")).json();
    }
}
