package cymru.cofnod.rest.internal;

import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.rest.api.Identity;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.ext.Provider;

/**
 * One audit event per authenticated request: the scope opens when the request arrives, the services note
 * what they read, wrote or refused, and the answer's status closes it.
 */
@Provider
public class AuditScopes implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SCOPE = "cofnod.audit.scope";
    /** What the audit keeps of a request's method and path (its EVENT_RESOURCE column). */
    private static final int MAX_RESOURCE = 500;
    private final AuditTrail audit;

    public AuditScopes(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(Identity.PROPERTY) instanceof Identity who)) {
            return;
        }
        String stated = request.getHeaderString(Identity.PURPOSE_HEADER);
        Purpose purpose = stated == null ? null : Purpose.fromWireName(stated.trim()).orElse(null);
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
        String[] segments = path.substring(1).split("/");
        // a refused request is audited too: what it names must fit the audit whatever its shape
        String personId = segments.length > 1 && "people".equals(segments[0])
                && new Validation().id(segments[1], "id").ok() ? segments[1] : null;
        // a dry run of an inbox writes nothing: it is audited as what it is, a read
        boolean dryRun = "true".equals(request.getUriInfo().getQueryParameters().getFirst("dryRun"));
        String resource = request.getMethod() + " " + path + (dryRun ? "?dryRun=true" : "");
        request.setProperty(SCOPE, audit.begin(new Requester(who.user(), who.agency(), who.role(), purpose),
                dryRun ? "read" : action(request.getMethod(), path),
                resource.length() <= MAX_RESOURCE ? resource : resource.substring(0, MAX_RESOURCE - 1) + "…", personId));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE) instanceof AuditTrail.Scope scope) {
            scope.result(Integer.toString(response.getStatus()));
            scope.close();
        }
    }

    static String action(String method, String path) {
        if (path.contains("/break-glass") && "POST".equals(method)) {
            return "break-glass";
        }
        if (path.contains("/consents")) {
            return "GET".equals(method) ? "read" : "consent";
        }
        return "GET".equals(method) || "HEAD".equals(method) ? "read" : "write";
    }
}
