package cymru.cofnod.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The build's language check: both languages have the same keys, every key a page uses exists, and the
 * Welsh strings marked for review are listed in the build output.
 */
public class MessagesTest {

    /** How the pages name a message: m.t("key"), m.h("key"), a problem page's, a navigation item's or a sign-in error's. */
    private static final Pattern USED = Pattern.compile(
            "\\.[th]\\(\"([a-zA-Z.-]+)\"[,)]|problem\\([^,]+,[^,]+, \"([a-zA-Z.]+)\"\\)|NavItem\\(\"[^\"]*\", \"([a-zA-Z.]+)\"\\)"
            + "|signInPage\\([^,]+,[^,]+, \"([a-zA-Z.]+)\"[,)]|[?:] \"(login\\.error\\.[a-zA-Z.]+)\"");

    @Test
    public void bothLanguagesHaveTheSameKeys() {
        Set<String> en = new TreeSet<>(Messages.read("en").stringPropertyNames());
        Set<String> cy = new TreeSet<>(Messages.read("cy").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(cy);
        Set<String> onlyCy = new TreeSet<>(cy);
        onlyCy.removeAll(en);
        assertTrue("missing in Welsh (messages_cy.properties): " + onlyEn, onlyEn.isEmpty());
        assertTrue("missing in English (messages_en.properties): " + onlyCy, onlyCy.isEmpty());
    }

    @Test
    public void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = usedKeys();
        assertTrue("the scan found no keys: has the way pages name messages changed?", used.size() > 20);
        for (String language : Messages.LANGUAGES) {
            Properties texts = Messages.read(language);
            Set<String> missing = new TreeSet<>(used);
            missing.removeIf(texts::containsKey);
            assertTrue("used by the pages but missing in messages_" + language + ".properties: " + missing,
                    missing.isEmpty());
        }
    }

    @Test
    public void everyWordOfTheApisVocabulariesHasItsWords() {
        for (String language : Messages.LANGUAGES) {
            Properties texts = Messages.read(language);
            Vocabulary.SETS.forEach((set, values) -> values.forEach(value -> assertTrue(
                    "missing in messages_" + language + ".properties: " + set + "." + value,
                    texts.containsKey(set + "." + value))));
        }
    }

    @Test
    public void noStringIsEmptyAndWelshIsNotEnglishLeftInPlace() {
        Properties en = Messages.read("en");
        Properties cy = Messages.read("cy");
        Set<String> sameAsEnglish = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            assertTrue("empty in English: " + key, !en.getProperty(key).isBlank());
            assertTrue("empty in Welsh: " + key, !cy.getProperty(key, "").isBlank());
            if (en.getProperty(key).equals(cy.getProperty(key)) && !key.equals("service.name")) {
                sameAsEnglish.add(key);
            }
        }
        assertEquals("Welsh identical to English (translate, or mark for review): ", Set.of(), sameAsEnglish);
    }

    /** Lists the Welsh strings awaiting a Welsh speaker's review, so the build output shows them. */
    @Test
    public void welshMarkedForReviewIsReported() throws IOException {
        List<String> lines = Files.readAllLines(Paths.get("src/main/resources/i18n/messages_cy.properties"),
                StandardCharsets.UTF_8);
        List<String> review = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("# review")) {
                String key = lines.get(i + 1).split("=", 2)[0].trim();
                assertTrue("a review marker must stand just above a key, line " + (i + 1), !key.isEmpty() && !key.startsWith("#"));
                review.add(key + " (" + lines.get(i).substring("# review".length()).replaceFirst("^:\\s*", "") + ")");
            }
        }
        System.out.println("[i18n] " + review.size() + " Welsh string(s) marked for review:");
        review.forEach(r -> System.out.println("[i18n]   " + r));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Paths.get("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = USED.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                            : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                    if (m.group(2) != null) {
                        used.add(key + ".title");
                        used.add(key + ".body");
                    } else {
                        used.add(key);
                    }
                }
            }
        }
        return used;
    }
}
