package cymru.cofnod.web.internal;

import cymru.cofnod.web.internal.Sessions.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** One request to the pages: who is asking, in which language, and the API as them. */
final class Visit {

    static final String ROOT = "/cofnod";

    final HttpServletRequest request;
    final HttpServletResponse response;
    final Messages m;
    /** Null when nobody is signed in. */
    final Session session;
    /** Null when nobody is signed in. */
    final ApiClient api;
    /** A form's fields as the user typed them before their session ended, shown again in place of the request's. */
    private final Map<String, String[]> draft;

    /** How long a session lasts without use. */
    private final Duration idle;

    Visit(HttpServletRequest request, HttpServletResponse response, Messages m, Session session, ApiClient api, Duration idle) {
        this(request, response, m, session, api, idle, Map.of());
    }

    private Visit(HttpServletRequest request, HttpServletResponse response, Messages m, Session session, ApiClient api,
                  Duration idle, Map<String, String[]> draft) {
        this.request = request;
        this.response = response;
        this.m = m;
        this.session = session;
        this.api = api;
        this.idle = idle;
        this.draft = draft;
    }

    String param(String name) {
        String[] v = values(name);
        return v.length == 0 || v[0] == null ? "" : v[0].trim();
    }

    /** Every value sent for {@code name} (checkboxes), or none. */
    String[] values(String name) {
        String[] v = draft.isEmpty() ? request.getParameterValues(name) : draft.get(name);
        return v == null ? new String[0] : v;
    }

    /** Whether the form was sent with a field {@code name}, even empty (a draft counts as sent). */
    boolean sent(String name) {
        return draft.isEmpty() ? request.getParameterValues(name) != null : draft.containsKey(name);
    }

    /** How long the signed-in user's session lasts without use, for the warning before it ends. */
    long idleSeconds() {
        return idle.getSeconds();
    }

    /** The same visit, in another language (a person's record opens in their preferred one). */
    Visit in(String language) {
        return new Visit(request, response, Messages.of(language), session, api, idle, draft);
    }

    /** The same visit, reading with another purpose of use. */
    Visit purpose(String purpose) {
        return new Visit(request, response, m, session, api.purpose(purpose), idle, draft);
    }

    /** The same visit with a draft's fields in place of the request's. */
    Visit withDraft(Map<String, String[]> fields) {
        return new Visit(request, response, m, session, api, idle, fields);
    }

    void html(int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", m.language());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    /** After a POST: see the result with a GET (so a reload never sends a form twice). */
    void redirect(String path) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", ROOT + path);
    }

    /**
     * The hidden fields every form carries: the token that proves it came from one of this session's pages, and
     * the page it was typed on, where a draft goes back to if the session ends before it is sent.
     */
    String csrfField() {
        String page = "GET".equals(request.getMethod()) ? request.getPathInfo() : param(Drafts.PAGE);
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(session.csrf()) + "\">"
                + "<input type=\"hidden\" name=\"" + Drafts.PAGE + "\" value=\"" + Html.esc(page) + "\">";
    }
}
