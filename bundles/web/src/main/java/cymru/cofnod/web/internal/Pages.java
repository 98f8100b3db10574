package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import cymru.cofnod.pdf.api.PdfPages;
import cymru.cofnod.web.internal.Sessions.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletResponse;

/** Which page a path is, signing in and out, and the pages every role shares. */
final class Pages {

    private final Sessions sessions;
    private final Cookies cookies;
    private final SignInThrottle throttle;
    private final Drafts drafts;
    private final PersonPages people;
    private final ReportPages reports = new ReportPages();
    private final DuePages due = new DuePages();

    Pages(Sessions sessions, Cookies cookies, SignInThrottle throttle, Drafts drafts, PdfPages pdf) {
        this.people = new PersonPages(pdf);
        this.sessions = sessions;
        this.drafts = drafts;
        this.cookies = cookies;
        this.throttle = throttle;
    }

    void route(Visit v, String path, ApiClient anonymousApi) throws IOException {
        boolean post = "POST".equals(v.request.getMethod());
        if (path.equals("/login")) {
            if (post) {
                signIn(v, anonymousApi);
            } else {
                signInPage(v, 200, null);
            }
            return;
        }
        if (v.session == null) {
            // every other page needs a signed-in user
            if (path.equals("/")) {
                signInPage(v, 200, null);
            } else {
                v.redirect(keptForLater(v, path, post) ? "/login?ended=kept" : "/login");
            }
            return;
        }
        String[] parts = path.substring(1).split("/");
        Optional<Map<String, String[]>> draft = post ? Optional.empty() : drafts.take(v.session.user(), path);
        if (draft.isPresent()) {
            v = v.withDraft(draft.get());
        }
        if (path.equals("/")) {
            home(v);
        } else if (path.equals("/session") && !post) {
            // "stay signed in": finding the session has already renewed it
            v.response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            v.response.setHeader("Cache-Control", "no-store");
        } else if (path.equals("/logout") && post) {
            sessions.end(v.session.token());
            cookies.set(v.response, Cookies.SESSION, "", 0);
            v.redirect("/");
        } else if (path.equals(CoachAdvice.PATH) && post && v.session.is("practitioner")) {
            CoachAdvice.answer(v);
        } else if (path.equals("/reports") && !post && v.session.is("commissioner")) {
            reports.show(v);
        } else if (path.equals("/due") && !post && v.session.is("practitioner")) {
            due.show(v);
        } else if (path.equals("/reports.csv") && !post && v.session.is("commissioner")) {
            reports.csv(v);
        } else if (parts[0].equals("people")) {
            people.route(v, parts);
        } else {
            problem(v, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
        }
    }

    /**
     * A request from a browser whose session ended while idle: the page it was on, and what it was sending (a
     * form carrying that session's own token), are kept for its user to go back to after signing in again.
     */
    private boolean keptForLater(Visit v, String path, boolean post) {
        Optional<Sessions.Ended> ended = sessions.ended(Cookies.get(v.request, Cookies.SESSION));
        if (ended.isEmpty()) {
            return false;
        }
        if (!post) {
            return drafts.keep(ended.get().user(), path, Map.of());
        }
        String sent = v.request.getParameter("csrf");
        return sent != null && MessageDigest.isEqual(ended.get().csrf().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))
                && drafts.keep(ended.get().user(), v.param(Drafts.PAGE), v.request.getParameterMap());
    }

    /** Each role starts where its work is. */
    private void home(Visit v) throws IOException {
        Session s = v.session;
        if (s.is("practitioner")) {
            v.redirect("/people");
        } else if (s.is("commissioner")) {
            v.redirect("/reports");
        } else if (s.is("person") && s.personId() != null) {
            v.redirect("/people/" + s.personId());
        } else {
            v.html(200, Layout.page(v, v.m.t("home.title"), """
                    <h1 class="govuk-heading-l">%s</h1>
                    <p class="govuk-body">%s</p>
                    """.formatted(v.m.h("home.title"), v.m.h("home.nothingYet"))));
        }
    }

    private void signIn(Visit v, ApiClient anonymousApi) throws IOException {
        String user = v.param("user");
        String password = v.request.getParameter("password");
        if (user.isEmpty() || password == null || password.isEmpty()) {
            signInPage(v, 400, "login.error.missing");
            return;
        }
        String address = v.request.getRemoteAddr();
        Optional<Duration> paused = throttle.refusedFor(user, address, Instant.now());
        if (paused.isPresent()) {
            long minutes = Math.max(1, (paused.get().getSeconds() + 59) / 60);
            v.response.setHeader("Retry-After", Long.toString(paused.get().getSeconds() + 1));
            signInPage(v, 429, minutes == 1 ? "login.error.paused.minute" : "login.error.paused", minutes);
            return;
        }
        String authorization = WebPages.basic(user, password);
        ApiClient.Reply me = anonymousApi.as(authorization).get("/me");
        if (me.status() == 401) {
            throttle.failed(user, address, Instant.now());
            signInPage(v, 401, "login.error.wrong");
            return;
        }
        if (!me.ok()) {
            problem(v, HttpServletResponse.SC_BAD_GATEWAY, "error.unavailable");
            return;
        }
        throttle.succeeded(user, address);
        JsonNode j = me.json();
        Session s = sessions.start(j.path("user").asText(), j.path("agency").asText(null),
                j.path("role").asText(), j.path("personId").asText(null), authorization);
        cookies.set(v.response, Cookies.SIGN_IN, "", 0);
        cookies.set(v.response, Cookies.SESSION, s.token(), null);
        v.redirect(drafts.waiting(s.user()).orElse("/"));
    }

    /** The sign-in page, with the error {@code errorKey} (its {0}... from {@code args}) unless it is null. */
    void signInPage(Visit v, int status, String errorKey, Object... args) throws IOException {
        Messages m = v.m;
        String error = errorKey == null ? "" : errorSummary(m, m.t(errorKey, args), "user");
        String errorClass = errorKey == null ? "" : " govuk-form-group--error";
        String errorMessage = errorKey == null ? "" : "<p id=\"user-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">"
                + m.h("form.error") + ":</span> " + m.h(errorKey, args) + "</p>";
        // before signing in, the form's token is also kept in a cookie: a form posted from another site has neither
        String token = v.session == null ? Sessions.newToken() : v.session.csrf();
        if (v.session == null) {
            cookies.set(v.response, Cookies.SIGN_IN, token, null);
        }
        v.html(status, Layout.page(v, (errorKey == null ? "" : m.t("form.error") + ": ") + m.t("login.title"), """
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                %s
                <h1 class="govuk-heading-l">%s</h1>
                <p class="govuk-body">%s</p>
                <form method="post" action="%s/login" novalidate>
                <input type="hidden" name="csrf" value="%s">
                <div class="govuk-form-group%s">
                <label class="govuk-label" for="user">%s</label>
                %s
                <input class="govuk-input govuk-!-width-one-half" id="user" name="user" type="text" autocomplete="username" spellcheck="false" value="%s">
                </div>
                <div class="govuk-form-group">
                <label class="govuk-label" for="password">%s</label>
                <input class="govuk-input govuk-!-width-one-half" id="password" name="password" type="password" autocomplete="current-password">
                </div>
                <button type="submit" class="govuk-button" data-module="govuk-button">%s</button>
                </form>
                </div></div>
                """.formatted(error + ended(m, v.param("ended")), m.h("login.title"), m.h("login.intro"), Visit.ROOT, esc(token), errorClass,
                m.h("login.user"), errorMessage, esc(v.param("user")), m.h("login.password"), m.h("login.submit"))));
    }

    /** Why the user is signing in again, when their session ended while idle: what they were doing is kept. */
    private static String ended(Messages m, String ended) {
        return !ended.equals("kept") ? "" : """
                <div class="govuk-notification-banner" role="region" aria-labelledby="ended-title" data-module="govuk-notification-banner">
                <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="ended-title">%s</h2></div>
                <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">%s</p></div></div>
                """.formatted(m.h("session.important"), m.h("session.endedKept"));
    }

    /** GOV.UK's error summary: the first thing read, linking to the field at fault. */
    static String errorSummary(Messages m, String message, String fieldId) {
        return """
                <div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
                <h2 class="govuk-error-summary__title">%s</h2>
                <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
                <li><a href="#%s">%s</a></li></ul></div></div></div>
                """.formatted(m.h("form.errorSummary"), esc(fieldId), esc(message));
    }

    static void problem(Visit v, int status, String key) throws IOException {
        problem(v, status, key, "");
    }

    /** A problem page, with {@code moreHtml} after its explanation (what the user can do next). */
    static void problem(Visit v, int status, String key, String moreHtml) throws IOException {
        v.html(status, Layout.page(v, v.m.t(key + ".title"), """
                <h1 class="govuk-heading-l">%s</h1>
                <p class="govuk-body">%s</p>
                %s
                <p class="govuk-body"><a class="govuk-link" href="%s/">%s</a></p>
                """.formatted(v.m.h(key + ".title"), v.m.h(key + ".body"), moreHtml, Visit.ROOT, v.m.h("error.home"))));
    }
}
