package cymru.cofnod.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * The web pages' sign-in over real HTTP: forms without their token are refused, and wrong passwords pause
 * signing in for the user name and the client address. The pause is 2 s here so the test can wait it out.
 */
public class WebSignInIT extends SharedCofnod {

    private static final String PAGES = "http://localhost:" + CofnodContainer.HTTP_PORT + "/cofnod";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One browser: its cookies, and the token of the last form it was given. */
    private static final class Browser {
        private final Map<String, String> cookies = new HashMap<>();
        private String csrf;

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(PAGES + path)).GET());
        }

        /** Posts {@code form} (name, value, name, value...) with the token this browser was last given. */
        HttpResponse<String> post(String path, String... form) {
            List<String> fields = new ArrayList<>(List.of(form));
            if (csrf != null) {
                fields.add("csrf");
                fields.add(csrf);
            }
            return postExactly(path, fields.toArray(new String[0]));
        }

        HttpResponse<String> postExactly(String path, String... form) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < form.length; i += 2) {
                body.append(body.length() == 0 ? "" : "&").append(form[i]).append('=')
                        .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(URI.create(PAGES + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                for (String set : r.headers().allValues("Set-Cookie")) {
                    String[] nameValue = set.split(";", 2)[0].split("=", 2);
                    cookies.put(nameValue[0], nameValue[1]);
                }
                Matcher m = CSRF.matcher(r.body());
                if (m.find()) {
                    csrf = m.group(1);
                }
                return r;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Browser atTheSignInPage() {
        Wait.forHealth();
        Browser b = new Browser();
        assertEquals(200, b.get("/login").statusCode());
        assertNotNull("the sign-in page gives its form a token", b.csrf);
        return b;
    }

    @Test
    public void theSignInFormAndEveryFormAfterItNeedTheirToken() {
        Browser b = atTheSignInPage();
        HttpResponse<String> page = b.get("/login");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cofnod-sign-in="))
                .findFirst().orElseThrow();
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assertFalse("Secure is off by default, for the plain-HTTP demo: " + cookie, cookie.contains("Secure"));

        // a form posted from another site: no token, or a token this browser was not given
        assertEquals(403, b.postExactly("/login", "user", "social-worker", "password", "demo").statusCode());
        assertEquals(403, b.postExactly("/login", "user", "social-worker", "password", "demo", "csrf", "made-up")
                .statusCode());
        Browser otherSite = new Browser();
        assertEquals("the token without its cookie", 403,
                otherSite.postExactly("/login", "user", "social-worker", "password", "demo", "csrf", b.csrf).statusCode());
        assertFalse("refused before signing in", b.cookies.containsKey("cofnod-session"));

        HttpResponse<String> signedIn = b.post("/login", "user", "social-worker", "password", "demo");
        assertEquals(signedIn.body(), 303, signedIn.statusCode());
        assertTrue(b.cookies.containsKey("cofnod-session"));

        // signed in, every form carries the session's token: signing out without it is refused
        assertEquals(200, b.get("/people").statusCode());
        assertEquals(403, b.postExactly("/logout").statusCode());
        assertEquals(200, b.get("/people").statusCode());
        assertEquals(303, b.post("/logout").statusCode());
        assertEquals(303, b.get("/people").statusCode());
    }

    @Test
    public void fiveWrongPasswordsPauseSigningInForTheUserNameAndTheAddress() throws InterruptedException {
        Browser b = atTheSignInPage();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, b.post("/login", "user", "physio", "password", "wrong " + i).statusCode());
        }
        HttpResponse<String> paused = b.post("/login", "user", "physio", "password", "demo");
        assertEquals("even the right password is not checked while paused", 429, paused.statusCode());
        assertTrue(paused.body(), paused.body().contains("Signing in is paused after too many wrong passwords"));
        assertTrue(paused.headers().firstValue("Retry-After").isPresent());
        assertFalse(b.cookies.containsKey("cofnod-session"));

        Browser sameAddress = atTheSignInPage();
        sameAddress.get("/login?lang=cy");
        HttpResponse<String> welsh = sameAddress.post("/login", "user", "home-carer", "password", "demo");
        assertEquals("another user name from the same address", 429, welsh.statusCode());
        assertTrue(welsh.body(), welsh.body().contains("Mae mewngofnodi wedi&#39;i oedi"));

        Thread.sleep(2_500);
        HttpResponse<String> after = b.post("/login", "user", "physio", "password", "demo");
        assertEquals("the pause is over", 303, after.statusCode());
        // the success starts the count again: one more wrong password does not pause
        Browser again = atTheSignInPage();
        assertEquals(401, again.post("/login", "user", "physio", "password", "wrong").statusCode());
        assertEquals(303, again.post("/login", "user", "physio", "password", "demo").statusCode());
    }
}
