package cymru.cofnod.web.internal;

import cymru.cofnod.web.internal.Sessions.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    Visit(HttpServletRequest request, HttpServletResponse response, Messages m, Session session, ApiClient api) {
        this.request = request;
        this.response = response;
        this.m = m;
        this.session = session;
        this.api = api;
    }

    String param(String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.trim();
    }

    /** The same visit, in another language (a person's record opens in their preferred one). */
    Visit in(String language) {
        return new Visit(request, response, Messages.of(language), session, api);
    }

    /** The same visit, reading with another purpose of use. */
    Visit purpose(String purpose) {
        return new Visit(request, response, m, session, api.purpose(purpose));
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

    /** The hidden field that proves a form came from one of this session's pages. */
    String csrfField() {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(session.csrf()) + "\">";
    }
}
