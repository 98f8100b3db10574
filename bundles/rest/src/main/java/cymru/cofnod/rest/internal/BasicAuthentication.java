package cymru.cofnod.rest.internal;

import cymru.cofnod.rest.api.Identity;
import cymru.cofnod.rest.api.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * HTTP Basic authentication against the Karaf JAAS realm for every path but {@code /health}, which takes
 * credentials if given (an administrator sees its details) and answers without them, and the OpenAPI contract
 * ({@code /openapi.json}, {@code /openapi.yaml}). A user's agency and role are JAAS roles named
 * {@code agency:<id>} and {@code role:<role>} ({@link Identity#fromRoles}).
 */
@Provider
@PreMatching
public class BasicAuthentication implements ContainerRequestFilter {

    private final String realm;
    private final RememberedLogins remembered;

    public BasicAuthentication(String realm, long rememberLoginSeconds) {
        this.realm = realm;
        this.remembered = new RememberedLogins(rememberLoginSeconds, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (isOpen(request.getUriInfo().getPath())) {
            String[] credentials = header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) ? null
                    : decode(header.substring(6).trim());
            if (credentials != null) {
                try {
                    request.setProperty(Identity.PROPERTY, login(credentials[0], credentials[1]));
                } catch (LoginException e) {
                    // an open path answers anyway, as to anyone
                }
            }
            return;
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(unauthorized("This API needs HTTP Basic authentication"));
            return;
        }
        String[] credentials = decode(header.substring(6).trim());
        if (credentials == null) {
            request.abortWith(unauthorized("The Authorization header is not valid Basic credentials"));
            return;
        }
        try {
            request.setProperty(Identity.PROPERTY, login(credentials[0], credentials[1]));
        } catch (LoginException e) {
            request.abortWith(unauthorized("Unknown user or wrong password"));
        }
    }

    static boolean isOpen(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("health") || p.equals("health/") || p.equals("openapi.json") || p.equals("openapi.yaml");
    }

    /** Also the sign-in of endpoints outside this server ({@link RealmSignIn}). */
    Identity login(String user, String password) throws LoginException {
        Identity known = remembered.find(user, password);
        if (known != null) {
            return known;
        }
        Identity identity = jaasLogin(user, password);
        remembered.remember(user, password, identity);
        return identity;
    }

    private Identity jaasLogin(String user, String password) throws LoginException {
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        Identity identity = Identity.fromRoles(user, subject.getPrincipals(RolePrincipal.class));
        if (identity.role() == null) {
            throw new LoginException("user " + user + " has no Cofnod role");
        }
        return identity;
    }

    static String[] decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"")
                .build();
    }
}
