package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.rest.api.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.osgi.service.component.annotations.Component;

/**
 * Jetty's door to the API, ahead of every web context (pax-web adds each {@code Handler} service before
 * them): every answer under {@code /cofnod/api} is marked not to be cached or sniffed; TRACE and other methods
 * the API does not answer are refused; only the API's own servers are reached (no CXF service list, no WADL);
 * a body must be a well-formed media type in UTF-8 (CXF fails on an unknown charset with a servlet exception,
 * which Jetty would answer as an HTML page naming the exception). It also gives the server {@link ProblemPages},
 * so what Jetty refuses before any context (a URI too long, a header too large, {@code %00}) is a problem too.
 */
// pax-web runs a handler of positive rank before the web contexts, one of rank 0 or less after them
@Component(service = Handler.class, property = "service.ranking:Integer=100")
public class ApiEntrance extends AbstractHandler {

    static final String PREFIX = "/cofnod/api";
    /** The API's servers below CXF's servlet: the API itself and its documentation pages. */
    private static final List<String> SERVERS = List.of("/v1/", "/docs");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "\\s*[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+\\s*(;.*)?");
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");
    /** Plain Jackson: nothing that could fail to load may stop Jetty from taking this handler. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server != null && !(server.getErrorHandler() instanceof ProblemPages)) {
            ProblemPages pages = new ProblemPages();
            // a server being started starts a new error handler at once: it must know its server before
            pages.setServer(server);
            server.setErrorHandler(pages);
        }
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!target.equals(PREFIX) && !target.startsWith(PREFIX + "/")) {
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = target.substring(PREFIX.length());
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", new java.util.TreeSet<>(METHODS)));
            refuse(base, response, 405, "Method Not Allowed", "This API does not answer " + printable(request.getMethod()),
                    null);
        } else if (SERVERS.stream().noneMatch(path::startsWith) || asksForWadl(request.getQueryString())) {
            refuse(base, response, 404, "Not Found", "Nothing is published at this address", null);
        } else if (!readableBody(request.getContentType())) {
            refuse(base, response, 415, "Unsupported Media Type", "A body must be of a media type in UTF-8",
                    new FieldError("Content-Type", "is not a media type in UTF-8: '"
                            + printable(request.getContentType()) + "'"));
        }
    }

    static boolean asksForWadl(String query) {
        return query != null && query.toLowerCase(Locale.ROOT).contains("_wadl");
    }

    /** No body type, or a well-formed one whose charset, if named, is UTF-8. */
    static boolean readableBody(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            return false;
        }
        Matcher charset = CHARSET.matcher(contentType);
        return !charset.find() || charset.group(1).equalsIgnoreCase("utf-8") || charset.group(1).equalsIgnoreCase("utf8");
    }

    private static String printable(String value) {
        String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return shown.replaceAll("[^\\x20-\\x7e…]", "?");
    }

    private static void refuse(Request base, HttpServletResponse response, int status, String title, String detail,
                               FieldError error) throws IOException {
        base.setHandled(true);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.getOutputStream().write(JSON.writeValueAsBytes(
                new Problem("about:blank", title, status, detail, error == null ? List.of() : List.of(error))));
    }
}
