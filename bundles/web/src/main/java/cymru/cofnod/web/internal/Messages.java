package cymru.cofnod.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every word a page shows, in Welsh or English, from {@code i18n/messages_<lang>.properties}. A missing
 * key is a build failure (MessagesTest); at run time it shows as the key in brackets, never silently.
 */
final class Messages {

    static final List<String> LANGUAGES = List.of("en", "cy");

    private static final Map<String, Messages> BY_LANGUAGE = Map.of("en", load("en"), "cy", load("cy"));

    private final String language;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    static Messages of(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    static Properties read(String language) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no messages for language " + language);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The language of the pages a browser's {@code Accept-Language} header prefers (its q-values weighed, a
     * region ignored: {@code cy-GB} is Welsh), or none when it names neither Welsh nor English.
     */
    static Optional<String> preferred(String acceptLanguage) {
        String best = null;
        double bestQ = 0;
        for (String range : acceptLanguage == null ? new String[0] : acceptLanguage.split(",")) {
            String[] parts = range.trim().split(";");
            String language = parts[0].trim().toLowerCase(Locale.ROOT).split("-")[0];
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (LANGUAGES.contains(language) && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Messages load(String language) {
        return new Messages(language, read(language));
    }

    String language() {
        return language;
    }

    /** The text for {@code key}, with {0}, {1}... replaced by {@code args}; escape it before writing HTML. */
    String t(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            return "[" + key + "]";
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for {@code key} escaped for HTML, with {0}, {1}... replaced by {@code html}, written as given. */
    String html(String key, String... html) {
        String text = Html.esc(t(key));
        for (int i = 0; i < html.length; i++) {
            text = text.replace("{" + i + "}", html[i]);
        }
        return text;
    }

    /** {@link #t} escaped for HTML. */
    String h(String key, Object... args) {
        return Html.esc(t(key, args));
    }
}
