package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.Requester;
import cymru.cofnod.rest.api.ApiSignIn;
import cymru.cofnod.rest.api.Identity;
import javax.security.auth.login.LoginException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.HttpHeaders;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The API's sign-in: the login of {@link BasicAuthentication}, with its remembered logins, and the purpose of
 * {@link Identity}. One for the whole bundle: {@link ApiServer} puts its {@link #filter()} in front of the API, and
 * endpoints outside the CXF server (the FHIR face) use it as {@link ApiSignIn}, so a login remembered by one is
 * remembered by both. Configuration PID {@code cymru.cofnod.rest}; bound to the realm, so it appears only once the
 * realm is there.
 */
@Component(service = {ApiSignIn.class, RealmSignIn.class}, configurationPid = "cymru.cofnod.rest")
public class RealmSignIn implements ApiSignIn {

    /** {@code cymru.cofnod.rest}, described for {@code config:edit} in {@code OSGI-INF/metatype}. */
    @interface Config {
        /** The JAAS realm of the API's users. */
        String realm() default "cofnod";

        /** How long a successful login is remembered, so a burst of requests pays for one; 0 turns it off. */
        long rememberLoginSeconds() default 30;
    }

    @Reference(target = "(org.apache.karaf.jaas.module=cofnod)")
    private JaasRealm jaasRealm;

    private BasicAuthentication authentication;
    private String challenge;

    @Activate
    void activate(Config config) {
        authentication = new BasicAuthentication(config.realm(), config.rememberLoginSeconds());
        challenge = "Basic realm=\"" + config.realm() + "\", charset=\"UTF-8\"";
    }

    /** The API server's authentication filter: this sign-in's. */
    BasicAuthentication filter() {
        return authentication;
    }

    @Override
    public Requester signedIn(HttpServletRequest request) throws Refused {
        signIn(request);
        return Identity.requesterAnyPurpose(request);
    }

    @Override
    public Requester reading(HttpServletRequest request) throws Refused {
        signIn(request);
        try {
            return Identity.requester(request);
        } catch (BadRequestException e) {
            throw new Refused(400, e.getMessage(), null);
        }
    }

    private void signIn(HttpServletRequest request) throws Refused {
        if (request.getAttribute(Identity.PROPERTY) instanceof Identity) {
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new Refused(401, "This API needs HTTP Basic authentication", challenge);
        }
        String[] credentials = BasicAuthentication.decode(header.substring(6).trim());
        if (credentials == null) {
            throw new Refused(401, "The Authorization header is not valid Basic credentials", challenge);
        }
        try {
            request.setAttribute(Identity.PROPERTY, authentication.login(credentials[0], credentials[1]));
        } catch (LoginException e) {
            throw new Refused(401, "Unknown user or wrong password", challenge);
        }
    }
}
