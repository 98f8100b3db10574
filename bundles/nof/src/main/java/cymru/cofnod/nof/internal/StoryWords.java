package cymru.cofnod.nof.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a person's words for a story and takes out what could name anyone: every word the
 * {@link NameFinder} knows for a name of someone or somewhere (whatever its case or place in the sentence),
 * words written with a capital inside a sentence, a title and the word after it, and any run of digits
 * (dates, numbers). Stories are shown only beside groups of five people or more, and only with consent.
 */
final class StoryWords {

    static final int MOST_WORDS = 20;
    static final String NAME = "[name]";
    static final String NUMBER = "[number]";
    private static final Set<String> ORDINARY_CAPITALS = Set.of("I", "I'm", "I've", "I'll", "I'd", "Welsh",
            "English", "Cymraeg", "Saesneg", "Mum", "Dad", "Mam", "Nain", "Taid");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "mx");

    private static final Pattern TOKEN = Pattern.compile("^([^\\p{L}\\p{N}]*)(.*?)([^\\p{L}\\p{N}']*)$");

    private StoryWords() {
    }

    static String of(String ownWords, NameFinder.Known known) {
        List<String> kept = new ArrayList<>();
        boolean sentenceStart = true;
        boolean afterTitle = false;
        for (String word : ownWords.trim().split("\\s+")) {
            Matcher m = TOKEN.matcher(word);
            m.matches();
            String core = m.group(2);
            boolean title = TITLES.contains(core.toLowerCase(Locale.ROOT));
            boolean name = afterTitle || title || !core.isEmpty() && (NameFinder.isName(core, known, sentenceStart)
                    || !sentenceStart && Character.isUpperCase(core.charAt(0)) && !ORDINARY_CAPITALS.contains(core));
            String shown = core.matches(".*\\d.*") ? NUMBER : name ? NAME : core;
            boolean repeatsName = NAME.equals(shown) && !kept.isEmpty() && kept.get(kept.size() - 1).startsWith(NAME);
            if (repeatsName) {
                kept.set(kept.size() - 1, NAME + m.group(3));
            } else {
                kept.add(m.group(1) + shown + m.group(3));
            }
            afterTitle = title;
            sentenceStart = m.group(3).matches(".*[.!?].*");
        }
        boolean longer = kept.size() > MOST_WORDS;
        return String.join(" ", longer ? kept.subList(0, MOST_WORDS) : kept) + (longer ? " …" : "");
    }
}
