package cymru.cofnod.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    /** {@link #t} escaped for HTML. */
    String h(String key, Object... args) {
        return Html.esc(t(key, args));
    }
}
