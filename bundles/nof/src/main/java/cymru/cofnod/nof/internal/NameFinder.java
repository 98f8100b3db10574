package cymru.cofnod.nof.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a word names someone or somewhere, without trusting capital letters: a gazetteer of given names,
 * family names and small places of Wales and the UK (resource files beside this class), the names the record
 * itself knows (the person's, and those of the agencies and users around them), and Welsh mutation, so that
 * "yng Nghaerdydd", "i Fangor" and "o Lanelli" are found as Caerdydd, Bangor and Llanelli. Words that are names
 * and ordinary words too ("will", "rose", "eira", "bryn") are taken for names only when written with a capital.
 */
final class NameFinder {

    private static final Set<String> PEOPLE = load("given-names.txt", "family-names.txt");
    private static final Set<String> PLACES = load("places.txt");
    private static final Set<String> ORDINARY = load("ordinary-words.txt");

    /**
     * The names one record knows.
     *
     * @param always    the person's own names: found in any case
     * @param capitalised names of agencies and users, which are ordinary words too often ("vale", "gofal"): found
     *                  only when written with a capital
     */
    record Known(Set<String> always, Set<String> capitalised) {

        static final Known NONE = new Known(Set.of(), Set.of());

        Known {
            always = folded(always);
            capitalised = folded(capitalised);
        }
    }

    private NameFinder() {
    }

    /**
     * Whether this word (no punctuation around it) is a name of someone or somewhere.
     *
     * @param opening whether it opens a sentence: a capital there says nothing, so a mutated word there is not
     *                taken for a person's name ("Dim" is not Tim)
     */
    static boolean isName(String word, Known known, boolean opening) {
        String bare = fold(word.replaceAll("['’]s$", ""));
        if (bare.isEmpty()) {
            return false;
        }
        boolean capital = Character.isUpperCase(word.charAt(0));
        if (word.indexOf('-') > 0 && !PLACES.contains(bare)) {
            // Sarah-Jane, Lloyd-Jones: a name if any part is
            for (String part : word.split("-")) {
                if (!part.isEmpty() && isName(part, known, opening)) {
                    return true;
                }
            }
        }
        if (listed(bare, known, capital)) {
            return true;
        }
        // a mutated place or name: only places, and names written with a capital, are looked for this way
        for (String radical : WelshMutation.radicals(bare)) {
            if (PLACES.contains(radical) && (capital || !ORDINARY.contains(radical))
                    || capital && !opening && listed(radical, known, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listed(String bare, Known known, boolean capital) {
        if (known.always().contains(bare) && (capital || !ORDINARY.contains(bare))) {
            return true;
        }
        if (capital && known.capitalised().contains(bare)) {
            return true;
        }
        return capital && ORDINARY.contains(bare)
                || (PEOPLE.contains(bare) || PLACES.contains(bare)) && (capital || !ORDINARY.contains(bare));
    }

    /** Lower case, without accents: Siân and Sian, Môn and Mon are the same name here. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> folded(Set<String> words) {
        Set<String> folded = new HashSet<>();
        words.forEach(w -> folded.add(fold(w)));
        return Set.copyOf(folded);
    }

    private static Set<String> load(String... files) {
        Set<String> words = new HashSet<>();
        for (String file : files) {
            try (InputStream in = NameFinder.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("the gazetteer " + file + " is missing from the bundle");
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.startsWith("#"))
                        .flatMap(line -> List.of(line.trim().split("\\s+")).stream())
                        .filter(w -> !w.isEmpty()).forEach(w -> words.add(fold(w)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
