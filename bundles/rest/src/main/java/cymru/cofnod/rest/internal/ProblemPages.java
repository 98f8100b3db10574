package cymru.cofnod.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cymru.cofnod.core.api.FieldError;
import cymru.cofnod.rest.api.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request it cannot parse, a URI or header too large, an address no context
 * serves) as problem documents: the status and its standard words only, never Jetty's reason, which can
 * name classes or echo the request.
 */
final class ProblemPages extends ErrorHandler {

    /** Plain Jackson: nothing that could fail to load may stop Jetty from taking this handler. */
    private static final ObjectMapper JSON = new ObjectMapper();

    ProblemPages() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE.toString());
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(body(status, detail(status)));
    }

    @Override
    protected void generateAcceptableResponse(Request base, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        base.setHandled(true);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body(code, detail(code)));
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its address, headers or framing are malformed";
            case 404 -> "Nothing is published at this address";
            case 414 -> "The address is too long";
            case 431 -> "The request's headers are too large";
            default -> status >= 500 ? "Cofnod could not complete the request; it has been logged"
                    : "The request was refused";
        };
    }

    /** The part of the request Jetty refused, so that a 400 names what was wrong as the API's own do. */
    private static List<FieldError> part(int status) {
        return switch (status) {
            case 400 -> List.of(new FieldError("request", "is malformed (its address, a header or its framing)"));
            case 414 -> List.of(new FieldError("URI", "is too long"));
            case 431 -> List.of(new FieldError("headers", "are too large"));
            default -> List.of();
        };
    }

    private static byte[] body(int status, String detail) {
        String title = HttpStatus.getMessage(status);
        try {
            return JSON.writeValueAsBytes(new Problem("about:blank", title, status, detail, part(status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
