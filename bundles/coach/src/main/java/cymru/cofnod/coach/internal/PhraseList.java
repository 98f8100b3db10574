package cymru.cofnod.coach.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word list: one phrase a line, as a speaker of the language writes it. A word matches a token written
 * that way, or (English) its lemma, or (Welsh) its radical; {@code a|b} is either word, {@code *} any one
 * word, {@code ..} up to four words. Phrases are indexed by their first word, so a text is read once
 * whatever the length of the list.
 */
final class PhraseList {

    /** A place where a text matched: tokens {@code from} up to, not including, {@code to}. */
    record Match(int from, int to) {
    }

    private static final String ANY = "*";
    private static final String GAP = "..";
    private static final int MAX_GAP = 4;

    private final Map<String, List<String[][]>> byFirstWord = new HashMap<>();

    PhraseList(String name, List<String> lines) {
        for (String line : lines) {
            // an apostrophe begins a word, as the Welsh analyser makes it ("i'r" is i 'r, "wedi'i" wedi 'i)
            String[] words = line.toLowerCase(Locale.ROOT).replace('’', '\'').replace("'", " '").trim()
                    .split("\\s+");
            if (ANY.equals(words[0]) || GAP.equals(words[0])) {
                throw new IllegalArgumentException(name + ": '" + line + "' must begin with a word");
            }
            String[][] slots = new String[words.length][];
            for (int i = 0; i < words.length; i++) {
                slots[i] = words[i].split("\\|");
            }
            for (String first : slots[0]) {
                byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(slots);
            }
        }
    }

    /** Whether a single word is in the list, as written. */
    boolean contains(String lower) {
        List<String[][]> phrases = byFirstWord.get(lower);
        return phrases != null && phrases.stream().anyMatch(p -> p.length == 1);
    }

    /** Every place the list matches, longest first where two start together; none across sentences. */
    List<Match> matches(List<Token> tokens) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int longest = -1;
            for (String key : tokens.get(i).keys()) {
                List<String[][]> phrases = byFirstWord.get(key);
                if (phrases != null) {
                    for (String[][] phrase : phrases) {
                        longest = Math.max(longest, end(phrase, 1, tokens, i + 1, tokens.get(i).sentence()));
                    }
                }
            }
            if (longest > 0) {
                found.add(new Match(i, longest));
            }
        }
        return found;
    }

    /** Where the phrase's slots from {@code slot} on end when matched from token {@code at}, or -1. */
    private static int end(String[][] phrase, int slot, List<Token> tokens, int at, int sentence) {
        if (slot == phrase.length) {
            return at;
        }
        String[] words = phrase[slot];
        if (GAP.equals(words[0])) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int end = end(phrase, slot + 1, tokens, at + skip, sentence);
                if (end > 0) {
                    return end;
                }
                if (at + skip >= tokens.size() || tokens.get(at + skip).sentence() != sentence) {
                    return -1;
                }
            }
            return -1;
        }
        if (at >= tokens.size() || tokens.get(at).sentence() != sentence) {
            return -1;
        }
        Token token = tokens.get(at);
        for (String word : words) {
            if (ANY.equals(word) || token.is(word)) {
                return end(phrase, slot + 1, tokens, at + 1, sentence);
            }
        }
        return -1;
    }
}
