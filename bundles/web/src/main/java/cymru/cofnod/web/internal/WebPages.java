package cymru.cofnod.web.internal;

import cymru.cofnod.pdf.api.PdfPages;
import cymru.cofnod.web.internal.Sessions.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web pages at {@code /cofnod/}, registered with the HTTP whiteboard. They are rendered here and
 * read and write only through the public HTTP API, as the signed-in user; CXF's longer
 * {@code /cofnod/api/*} mapping keeps the API its own.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/cofnod/*",
        "osgi.http.whiteboard.servlet.name=cofnod-web"})
@Designate(ocd = WebPages.Config.class)
public class WebPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);

    private static final Map<String, String> ASSET_TYPES = Map.of(
            "css", "text/css; charset=UTF-8", "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    @ObjectClassDefinition(name = "Cofnod web pages")
    public @interface Config {
        @AttributeDefinition(description = "The API the pages use; empty means this server's own /cofnod/api/v1")
        String apiUrl() default "";

        @AttributeDefinition(description = "Minutes of inactivity after which a user is signed out")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Wrong passwords in a row, for one user name or from one client address, "
                + "after which signing in is paused")
        int signInFailuresAllowed() default 5;

        @AttributeDefinition(description = "Seconds the first pause lasts; each further wrong password doubles it, "
                + "up to 15 minutes")
        int signInPauseSeconds() default 30;

        @AttributeDefinition(description = "Mark the pages' cookies Secure, so that browsers send them over HTTPS only: "
                + "turn it on whenever the pages are served over HTTPS (directly or behind a proxy); "
                + "off only for the plain-HTTP demo")
        boolean secureCookies() default false;
    }

    /** Prints the chronology as PDF. */
    @Reference
    private transient PdfPages pdf;

    private transient Sessions sessions;
    private transient Cookies cookies;
    private transient String apiUrl;
    private transient Pages pages;

    @Activate
    void activate(Config config) {
        sessions = new Sessions(Duration.ofMinutes(config.idleMinutes()), Clock.systemUTC());
        cookies = new Cookies(config.secureCookies());
        apiUrl = config.apiUrl();
        pages = new Pages(sessions, cookies, new SignInThrottle(config.signInFailuresAllowed(),
                Duration.ofSeconds(config.signInPauseSeconds())), new Drafts(Clock.systemUTC()), pdf);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", Visit.ROOT + "/");
            return;
        }
        if (path.startsWith("/assets/") && "GET".equals(request.getMethod())) {
            asset(path, response);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Optional<Session> session = sessions.find(Cookies.get(request, Cookies.SESSION));
        ApiClient api = new ApiClient(apiBase(request), session.map(Session::authorization).orElse(null),
                session.map(Session::purpose).orElse(null));
        Visit visit = new Visit(request, response, Messages.of(language(request, response)),
                session.orElse(null), session.isPresent() ? api : null, sessions.idle());
        try {
            if (forged(request, path, session)) {
                Pages.problem(visit, HttpServletResponse.SC_FORBIDDEN, "error.form");
                return;
            }
            pages.route(visit, path, api);
        } catch (ApiClient.ApiUnavailableException e) {
            LOG.warn("The pages could not reach the API", e);
            Pages.problem(visit, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable");
        } catch (RuntimeException e) {
            // a fault of the pages themselves: logged, and shown as the service's problem page, never a stack trace
            LOG.error("Cofnod's web page {} failed", path, e);
            Pages.problem(visit, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.unavailable");
        }
    }

    /**
     * A POST that did not come from one of this session's pages (or, before signing in, from the sign-in
     * page this browser was given): its token is missing or not the one issued.
     */
    static boolean forged(HttpServletRequest request, String path, Optional<Session> session) {
        if (!"POST".equals(request.getMethod()) || (session.isEmpty() && !path.equals("/login"))) {
            return false;
        }
        String issued = session.map(Session::csrf).orElseGet(() -> Cookies.get(request, Cookies.SIGN_IN));
        String sent = request.getParameter("csrf");
        return issued == null || sent == null || !MessageDigest.isEqual(
                issued.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The language asked for now ({@code ?lang=}, then remembered), else the one remembered, else the one the
     * browser prefers ({@code Accept-Language}: a first visit), else English.
     */
    private String language(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null && Messages.LANGUAGES.contains(asked)) {
            cookies.set(response, Cookies.LANGUAGE, asked, 365 * 24 * 3600);
            return asked;
        }
        String remembered = Cookies.get(request, Cookies.LANGUAGE);
        if (remembered != null && Messages.LANGUAGES.contains(remembered)) {
            return remembered;
        }
        return Messages.preferred(request.getHeader("Accept-Language")).orElse("en");
    }

    static boolean languageChosen(HttpServletRequest request) {
        return request.getParameter("lang") != null || Cookies.get(request, Cookies.LANGUAGE) != null;
    }

    private String apiBase(HttpServletRequest request) {
        return apiUrl.isBlank() ? "http://127.0.0.1:" + request.getLocalPort() + Visit.ROOT + "/api/v1" : apiUrl;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void asset(String path, HttpServletResponse response) throws IOException {
        String name = path.substring("/assets/".length());
        String type = ASSET_TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        InputStream in = name.contains("..") || type == null ? null : getClass().getResourceAsStream("/assets/" + name);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
