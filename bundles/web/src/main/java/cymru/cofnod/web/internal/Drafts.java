package cymru.cofnod.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forms sent after their session ended, kept (in memory only, one per user, for a few hours) so that
 * nothing typed is lost: once the user signs in again they go back to the form with its text.
 */
final class Drafts {

    /** The hidden field naming the page a form was typed on. */
    static final String PAGE = "page";

    private static final Duration KEPT = Duration.ofHours(12);

    /** A form as it was sent: the page it was typed on and its fields. */
    record Draft(String page, Map<String, String[]> fields, Instant at) {
    }

    private final Map<String, Draft> byUser = new ConcurrentHashMap<>();
    private final InstantSource clock;

    Drafts(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Keeps what {@code user} sent; the page must be one of the pages' own paths (never another site).
     *
     * @return false when there is nowhere safe to go back to
     */
    boolean keep(String user, String page, Map<String, String[]> sent) {
        if (!ownPage(page)) {
            return false;
        }
        Map<String, String[]> fields = new HashMap<>(sent);
        fields.remove("csrf");
        fields.remove(PAGE);
        Draft draft = new Draft(page, Map.copyOf(fields), clock.instant());
        if (fields.isEmpty()) {
            // only where the user was: never in place of what they had typed
            byUser.putIfAbsent(user, draft);
        } else {
            byUser.put(user, draft);
        }
        return true;
    }

    /** The page of the draft waiting for {@code user}, if one is. */
    Optional<String> waiting(String user) {
        forget();
        return Optional.ofNullable(byUser.get(user)).map(Draft::page);
    }

    /** The draft of {@code page}, handed back once. */
    Optional<Map<String, String[]>> take(String user, String page) {
        Draft d = byUser.get(user);
        if (d == null || !d.page().equals(page)) {
            return Optional.empty();
        }
        byUser.remove(user, d);
        return Optional.of(d.fields());
    }

    private void forget() {
        Instant now = clock.instant();
        byUser.values().removeIf(d -> d.at().plus(KEPT).isBefore(now));
    }

    /** A path of these pages: under the root, no scheme or host, nothing that could leave the site or split a header. */
    static boolean ownPage(String page) {
        return page != null && page.startsWith("/people/") && page.length() < 300
                && page.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\') && !page.contains("//") && !page.contains("..");
    }
}
