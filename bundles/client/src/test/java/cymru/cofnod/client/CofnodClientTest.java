package cymru.cofnod.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.core.api.Page;
import cymru.cofnod.nof.api.ReportQuery;
import cymru.cofnod.nof.api.ReportRow;
import cymru.cofnod.nof.api.ShownCount;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.TimelineItem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The client against a real HTTP server that answers what the API would, and keeps what it was sent. */
public class CofnodClientTest {

    private HttpServer server;
    private CofnodClient client;
    private volatile HttpExchange asked;
    private volatile String askedBody;
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile String answer = "{}";
    private volatile String etag;

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            asked = exchange;
            askedBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            if (etag != null) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = CofnodClient.at("http://localhost:" + server.getAddress().getPort() + "/cofnod/api/v1/");
    }

    @After
    public void stop() {
        server.stop(0);
    }

    private String header(String name) {
        return asked.getRequestHeaders().getFirst(name);
    }

    @Test
    public void whoAsksAndWhyAreSentWithEveryRequestAndEachSettingMakesANewClient() {
        CofnodClient physio = client.as("physio", "demo").purpose("direct-care");
        physio.send(Request.get("/people"));
        assertEquals("/cofnod/api/v1/people", asked.getRequestURI().getPath());
        assertEquals("Basic cGh5c2lvOmRlbW8=", header("Authorization"));
        assertEquals("direct-care", header("X-Purpose-Of-Use"));

        physio.purpose("safeguarding").send(Request.get("/people"));
        assertEquals("safeguarding", header("X-Purpose-Of-Use"));
        physio.send(Request.get("/people"));
        assertEquals("the first client is unchanged", "direct-care", header("X-Purpose-Of-Use"));
        client.send(Request.get("/health"));
        assertNull(header("Authorization"));
        assertNull(header("X-Purpose-Of-Use"));
    }

    @Test
    public void aPageCarriesItsItemsAndWhereTheNextStarts() {
        answer = "{\"items\":[{\"id\":\"p1\",\"version\":3,\"givenName\":\"Rhodri\",\"preferredLanguage\":\"cy\"}],"
                + "\"nextCursor\":\"abc+/=\",\"withheld\":true}";
        Page<Person> page = client.people().caseload(Cursor.first(1));
        assertEquals("Rhodri", page.items().get(0).givenName());
        assertEquals(Long.valueOf(3), page.items().get(0).version());
        assertEquals("abc+/=", page.nextCursor());
        assertTrue(page.withheld());
        assertEquals("limit=1", asked.getRequestURI().getRawQuery());

        client.people().caseload(Cursor.first(1).after(page));
        assertEquals("the cursor is sent encoded", "cursor=abc%2B%2F%3D&limit=1", asked.getRequestURI().getRawQuery());
        answer = "{\"items\":[]}";
        assertNull("no page after the last", Cursor.first().after(client.people().caseload(Cursor.first())));
    }

    @Test
    public void aRevisionNamesTheVersionItWasMadeFrom() {
        answer = "{\"id\":\"o1\",\"version\":4,\"ownWords\":\"I want to walk to chapel\",\"language\":\"en\","
                + "\"type\":\"change\",\"advice\":[{\"kind\":\"x\"}]}";
        Outcome read = client.record("p1").items(ItemKind.OUTCOME).read("o1");
        assertEquals("/cofnod/api/v1/people/p1/outcomes/o1", asked.getRequestURI().getPath());
        Outcome revised = client.record("p1").items(ItemKind.OUTCOME).revise(read.withStatus("achieved"));
        assertEquals("PUT", asked.getRequestMethod());
        assertEquals("\"4\"", header("If-Match"));
        assertTrue(askedBody, askedBody.contains("\"status\":\"achieved\""));
        assertEquals("the coach's advice beside the item is passed over", "I want to walk to chapel",
                revised.ownWords());
    }

    @Test
    public void aRefusalIsItsProblemDocumentTyped() {
        status = 422;
        contentType = "application/problem+json";
        answer = "{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\",\"status\":422,"
                + "\"detail\":\"The outcome is not valid\",\"errors\":[{\"field\":\"ownWords\",\"message\":\"required\"}]}";
        try {
            client.record("p1").items(ItemKind.OUTCOME).add(Outcome.of("", "en", "change"));
            fail("refused");
        } catch (ProblemException e) {
            assertEquals(422, e.status());
            assertEquals("Unprocessable Entity", e.title());
            assertEquals("The outcome is not valid", e.detail());
            assertEquals(List.of(new FieldError("ownWords", "required")), e.errors());
        }
    }

    @Test
    public void aRefusalThatIsNoProblemDocumentKeepsItsTextAsTheDetail() {
        status = 502;
        contentType = "text/html";
        answer = "<h1>Bad gateway</h1>";
        try {
            client.people().read("p1");
            fail("refused");
        } catch (ProblemException e) {
            assertEquals(502, e.status());
            assertEquals("<h1>Bad gateway</h1>", e.detail());
            assertTrue(e.errors().isEmpty());
        }
    }

    @Test
    public void aReplyTellsTheVersionItsETagNames() {
        etag = "\"7\"";
        assertEquals(Long.valueOf(7), client.send(Request.get("/people/p1")).version());
        etag = "W/\"8\"";
        assertEquals(Long.valueOf(8), client.send(Request.get("/people/p1")).version());
        etag = null;
        assertNull(client.send(Request.get("/people/p1")).version());
    }

    @Test
    public void aJourneyStepsItemIsTheTypeItsKindNames() {
        answer = "{\"items\":[{\"id\":\"e1\",\"kind\":\"entry\",\"occurredAt\":\"2026-01-02T10:00:00Z\","
                + "\"agency\":\"cardiff-council\",\"outcomeIds\":[\"o1\"],\"item\":{\"id\":\"e1\",\"version\":1}},"
                + "{\"id\":\"o1\",\"kind\":\"outcome\",\"item\":{\"id\":\"o1\",\"ownWords\":\"Cerdded\"}}]}";
        Page<TimelineItem> page = client.record("p1").journey(Journey.all().agency("cardiff-council").kind("entry"),
                Cursor.first());
        assertEquals("agency=cardiff-council&kind=entry", asked.getRequestURI().getRawQuery());
        assertTrue(page.items().get(0).item() instanceof Entry);
        assertEquals(List.of("o1"), page.items().get(0).outcomeIds());
        assertEquals("Cerdded", ((Outcome) page.items().get(1).item()).ownWords());
    }

    @Test
    public void aReportsSmallCountsStaySuppressed() {
        answer = "{\"cut\":\"domain\",\"rows\":[{\"code\":\"D1\",\"people\":\"<5\",\"outcomes\":15}]}";
        ReportRow row = client.purpose("commissioning").nof().report(ReportQuery.byDomain()).rows().get(0);
        assertEquals("cut=domain", asked.getRequestURI().getRawQuery());
        assertTrue(row.people().suppressed());
        assertEquals(new ShownCount(15, false), row.outcomes());
    }
}
