package cymru.cofnod.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * {@code /cofnod/api/docs/}: Swagger UI from its webjar bundle, showing {@code /cofnod/api/v1/openapi.json}.
 * Only files at the top of the webjar's folder are served, and the initializer is Cofnod's own.
 */
@Path("/")
public class ApiDocs {

    static final String WEBJAR = "org.webjars.swagger-ui";
    private static final String INITIALIZER = "swagger-initializer.js";
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8", "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8", "png", "image/png");

    private final BundleContext context;

    public ApiDocs(BundleContext context) {
        this.context = context;
    }

    @GET
    public Response index(@Context UriInfo uri) {
        // the page names its files relatively, so it must be seen from /docs/
        if (!uri.getAbsolutePath().getPath().endsWith("/")) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getAbsolutePathBuilder().path("/").build()).build();
        }
        return file("index.html");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(file.substring(dot + 1));
        if (type == null || !FILE.matcher(file).matches()) {
            throw new NotFoundException();
        }
        URL found = INITIALIZER.equals(file) ? ApiDocs.class.getResource(INITIALIZER) : webjarFile(file);
        if (found == null) {
            throw new NotFoundException();
        }
        try (InputStream in = found.openStream()) {
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "max-age=3600").build();
        } catch (IOException e) {
            throw new NotFoundException(e);
        }
    }

    private URL webjarFile(String file) {
        for (Bundle b : context.getBundles()) {
            if (WEBJAR.equals(b.getSymbolicName())) {
                return b.getEntry("META-INF/resources/webjars/swagger-ui/" + b.getVersion() + "/" + file);
            }
        }
        return null;
    }
}
