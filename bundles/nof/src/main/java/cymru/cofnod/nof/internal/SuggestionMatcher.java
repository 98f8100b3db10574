package cymru.cofnod.nof.internal;

import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suggests statements from the words of an outcome, in a way a practitioner can check: a word matching
 * a keyword of a statement (a word or word beginning, Welsh or English) scores 2, a word of the
 * statement's own wording scores 1, and each suggestion lists the words that matched.
 */
final class SuggestionMatcher {

    static final String KEYWORDS = "/nof/keywords.properties";
    static final int MOST = 5;

    /** Words that say nothing about what matters, in English and Welsh. */
    private static final Set<String> STOPWORDS = Set.of("a", "an", "and", "the", "to", "of", "in", "on", "at",
            "by", "for", "with", "be", "is", "am", "are", "i", "me", "my", "more", "less", "better", "often",
            "get", "can", "do", "that", "this", "it", "as", "or", "perhaps", "want", "would", "like", "so", "not",
            "y", "yr", "yn", "ac", "o", "ar", "gyda", "fy", "mwy", "llai", "eisiau", "hoffwn");

    private final Map<String, List<String>> keywords;

    SuggestionMatcher(Map<String, List<String>> keywords) {
        this.keywords = keywords;
    }

    static SuggestionMatcher fromResource() {
        Properties p = new Properties();
        try (InputStream in = SuggestionMatcher.class.getResourceAsStream(KEYWORDS)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> keywords = new TreeMap<>();
        p.stringPropertyNames().forEach(code -> keywords.put(code, Arrays.stream(p.getProperty(code).split(","))
                .map(w -> w.trim().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList()));
        return new SuggestionMatcher(keywords);
    }

    List<Suggestion> suggest(String ownWords, List<NofEntry> statements) {
        String phrase = " " + (ownWords == null ? "" : ownWords.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " "))
                + " ";
        List<String> tokens = words(ownWords);
        List<Suggestion> found = new ArrayList<>();
        for (NofEntry s : statements) {
            Set<String> because = new LinkedHashSet<>();
            int score = 0;
            for (String keyword : keywords.getOrDefault(s.code(), List.of())) {
                String hit = keyword.contains(" ") ? (phrase.contains(" " + keyword + " ") ? keyword : null)
                        : tokens.stream().filter(t -> matches(t, keyword)).findFirst().orElse(null);
                if (hit != null && because.add(hit)) {
                    score += 2;
                }
            }
            Set<String> wording = new LinkedHashSet<>(words(s.textEn()));
            if (s.textCy() != null) {
                wording.addAll(words(s.textCy()));
            }
            for (String t : tokens) {
                if (t.length() > 3 && wording.contains(t) && because.add(t)) {
                    score += 1;
                }
            }
            if (score > 0) {
                found.add(new Suggestion(s, score, List.copyOf(because)));
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(x -> x.statement().code()));
        return found.size() > MOST ? List.copyOf(found.subList(0, MOST)) : found;
    }

    /** Keywords of three letters or fewer match whole words only ("go" is not "good"); longer ones match beginnings. */
    private static boolean matches(String word, String keyword) {
        return keyword.length() <= 3 ? word.equals(keyword) : word.startsWith(keyword);
    }

    /** Lower-case words without punctuation or stopwords; "people's" counts as "people". */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
                .map(w -> w.replaceAll("^'+|'s$|'+$", ""))
                .filter(w -> !w.isEmpty() && !STOPWORDS.contains(w))
                .toList();
    }
}
