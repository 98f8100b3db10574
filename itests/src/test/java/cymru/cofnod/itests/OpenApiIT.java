package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import cymru.cofnod.client.CofnodClient;
import cymru.cofnod.client.Reply;
import cymru.cofnod.client.Request;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
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

    /** The API's own root, where the contract ({@code v1/}) and Swagger UI ({@code docs/}) are. */
    private static final CofnodClient ROOT = CofnodClient.at(CofnodContainer.API.replace("/v1", ""));

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
        Reply served = get("/v1/openapi.yaml");
        assertEquals(200, served.status());
        Path file = Path.of(System.getProperty("cofnod.openapi.file"));
        if (Boolean.getBoolean("cofnod.openapi.update")) {
            Files.writeString(file, served.text(), StandardCharsets.UTF_8);
        }
        assertEquals("docs/openapi.yaml is not the served contract; if the API change is meant, rewrite the file"
                        + " as docs/openapi.md says (-Dcofnod.openapi.update=true)",
                Files.readString(file, StandardCharsets.UTF_8), served.text());
    }

    @Test
    public void servedContractIsValidOpenApi3InJsonAndYaml() {
        Reply json = get("/v1/openapi.json");
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").startsWith("application/json"));
        SwaggerParseResult fromJson = parse(json.text());
        SwaggerParseResult fromYaml = parse(get("/v1/openapi.yaml").text());
        assertEquals(List.of(), fromJson.getMessages());
        assertEquals(List.of(), fromYaml.getMessages());
        assertTrue(fromJson.getOpenAPI().getOpenapi().startsWith("3."));
        assertEquals(fromJson.getOpenAPI(), fromYaml.getOpenAPI());
        assertTrue(fromJson.getOpenAPI().getPaths().containsKey("/people/{id}"));
    }

    @Test
    public void swaggerUiShowsTheServedContract() {
        Reply page = get("/docs/");
        assertEquals(200, page.status());
        assertTrue(page.text(), page.text().contains("swagger-ui-bundle.js"));
        assertTrue(get("/docs/swagger-initializer.js").text().contains("\"../v1/openapi.json\""));
        assertEquals(200, get("/docs/swagger-ui-bundle.js").status());
        assertEquals(200, get("/docs/swagger-ui.css").status());
        assertEquals(301, get("/docs").status());
        assertEquals(404, get("/docs/pom.xml").status());
    }

    private static SwaggerParseResult parse(String contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(contract, null, options);
    }

    private static Reply get(String path) {
        return ROOT.send(Request.get(path));
    }
}
