package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.Role;
import cymru.cofnod.rest.api.Contract;
import cymru.cofnod.rest.api.Identity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /health}: UP or DOWN for anyone (a load balancer asks without credentials); the database and
 * every Cofnod bundle with its version only for an administrator, since versions tell an attacker what to try.
 */
@Component(service = Object.class, property = Contract.RESOURCE)
@Path("/health")
@Tag(name = "health", description = "Whether Cofnod is up")
public class HealthResource {

    private static final String COFNOD_PREFIX = "cymru.cofnod.";

    private final BundleContext context;
    private final DataSource dataSource;
    private final Publication publication;

    @Activate
    public HealthResource(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=cofnod)") DataSource dataSource,
                          @Reference Publication publication) {
        this.context = context;
        this.dataSource = dataSource;
        this.publication = publication;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "health", summary = "UP or DOWN for anyone; the database and every Cofnod bundle for an administrator",
            responses = {
                @ApiResponse(responseCode = "200", description = "Up: status, database and bundles",
                        content = @Content(schema = @Schema(type = "object"))),
                @ApiResponse(responseCode = "503", description = "Down: what is not up",
                        content = @Content(schema = @Schema(type = "object")))})
    public Response health(@Context HttpServletRequest request) {
        Map<String, Object> database = database();
        // up once the API answers with every endpoint the installed features bring
        boolean published = publication.settled();
        boolean up = "UP".equals(database.get("status")) && published;
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith(COFNOD_PREFIX)) {
                boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                boolean ok = fragment ? b.getState() == Bundle.RESOLVED : b.getState() == Bundle.ACTIVE;
                up &= ok;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("symbolicName", b.getSymbolicName());
                entry.put("version", b.getVersion().toString());
                entry.put("state", stateName(b.getState()));
                bundles.add(entry);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        if (request.getAttribute(Identity.PROPERTY) instanceof Identity who && who.role() == Role.ADMINISTRATOR) {
            body.put("database", database);
            body.put("api", published ? "PUBLISHED" : "PUBLISHING");
            body.put("bundles", bundles);
        }
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    private Map<String, Object> database() {
        Map<String, Object> db = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            db.put("status", c.isValid(2) ? "UP" : "DOWN");
            db.put("product", c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            db.put("status", "DOWN");
            db.put("error", e.getMessage());
        }
        return db;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
