package cymru.cofnod.web.internal;

import java.util.Arrays;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The pages' cookies: HttpOnly, SameSite, and Secure when the pages are served over HTTPS. */
final class Cookies {

    static final String SESSION = "cofnod-session";
    static final String LANGUAGE = "cofnod-lang";
    /** The sign-in form's token, before there is a session to hold one. */
    static final String SIGN_IN = "cofnod-sign-in";

    private final boolean secure;

    Cookies(boolean secure) {
        this.secure = secure;
    }

    /** Sets a cookie for the pages; {@code maxAge} null keeps it until the browser closes, 0 removes it. */
    void set(HttpServletResponse response, String name, String value, Integer maxAge) {
        // SameSite is not in the Servlet 3.1 API, hence the header written by hand
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=" + Visit.ROOT
                + (maxAge == null ? "" : "; Max-Age=" + maxAge) + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    static String get(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> c.getName().equals(name))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
