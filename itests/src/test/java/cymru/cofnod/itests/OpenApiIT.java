package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * The published contract: served without credentials, valid OpenAPI 3, the same as {@code docs/openapi.yaml},
 * and shown by Swagger UI. Pax Exam boots Cofnod as for every test here, but in server mode: the checks run
 * in this JVM, where the OpenAPI parser is. Run with {@code -Dcofnod.openapi.update=true}, it rewrites the file
 * from the served contract first.
 */
public class OpenApiIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final URI API = URI.create(CofnodContainer.API + "/");

    private static ExamSystem system;
    private static TestContainer container;

    @BeforeClass
    public static void boot() throws IOException {
        system = PaxExamRuntime.createServerSystem(CofnodContainer.options(null));
        container = PaxExamRuntime.createContainer(system);
        container.start();
        Wait.forBoot();
    }

    @AfterClass
    public static void stop() {
        if (container != null) {
            container.stop();
        }
        system.clear();
    }

    @Test
    public void servedContractIsTheCheckedInOne() throws IOException {
        HttpResponse<String> served = get(API.resolve("openapi.yaml"));
        assertEquals(200, served.statusCode());
        Path file = Path.of(System.getProperty("cofnod.openapi.file"));
        if (Boolean.getBoolean("cofnod.openapi.update")) {
            Files.writeString(file, served.body(), StandardCharsets.UTF_8);
        }
        assertEquals("docs/openapi.yaml is not the served contract; if the API change is meant, rewrite the file"
                        + " as docs/openapi.md says (-Dcofnod.openapi.update=true)",
                Files.readString(file, StandardCharsets.UTF_8), served.body());
    }

    @Test
    public void servedContractIsValidOpenApi3InJsonAndYaml() {
        HttpResponse<String> json = get(API.resolve("openapi.json"));
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        SwaggerParseResult fromJson = parse(json.body());
        SwaggerParseResult fromYaml = parse(get(API.resolve("openapi.yaml")).body());
        assertEquals(List.of(), fromJson.getMessages());
        assertEquals(List.of(), fromYaml.getMessages());
        assertTrue(fromJson.getOpenAPI().getOpenapi().startsWith("3."));
        assertEquals(fromJson.getOpenAPI(), fromYaml.getOpenAPI());
        assertTrue(fromJson.getOpenAPI().getPaths().containsKey("/people/{id}"));
    }

    @Test
    public void swaggerUiShowsTheServedContract() {
        URI docs = API.resolve("../docs/");
        HttpResponse<String> page = get(docs);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("swagger-ui-bundle.js"));
        assertTrue(get(docs.resolve("swagger-initializer.js")).body().contains("\"../v1/openapi.json\""));
        assertEquals(200, get(docs.resolve("swagger-ui-bundle.js")).statusCode());
        assertEquals(200, get(docs.resolve("swagger-ui.css")).statusCode());
        assertEquals(301, get(API.resolve("../docs")).statusCode());
        assertEquals(404, get(docs.resolve("pom.xml")).statusCode());
    }

    private static SwaggerParseResult parse(String contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(contract, null, options);
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
