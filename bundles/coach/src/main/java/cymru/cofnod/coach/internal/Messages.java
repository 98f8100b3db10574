package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Bilingual;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What the coach says, from {@code cy/kinds.properties} and {@code en/kinds.properties} (UTF-8): for each
 * kind its {@code explanation}, {@code message} and {@code question}, where {@code {0}} stands for the
 * words that prompted the advice. A kind missing a text in either language stops the coach from starting.
 */
final class Messages {

    private final Properties cy;
    private final Properties en;

    Messages() {
        cy = load("cy");
        en = load("en");
        for (AdviceKind kind : AdviceKind.values()) {
            for (String part : new String[] {"explanation", "message", "question"}) {
                text(kind, part, "");
            }
        }
    }

    Bilingual text(AdviceKind kind, String part, String words) {
        return new Bilingual(get(cy, "cy", kind, part).replace("{0}", words),
                get(en, "en", kind, part).replace("{0}", words));
    }

    private static String get(Properties texts, String language, AdviceKind kind, String part) {
        String key = kind.wireName() + "." + part;
        String text = texts.getProperty(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("The coach has no " + language + " text for " + key);
        }
        return text;
    }

    private static Properties load(String language) {
        try (InputStream in = Messages.class.getResourceAsStream(language + "/kinds.properties")) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
