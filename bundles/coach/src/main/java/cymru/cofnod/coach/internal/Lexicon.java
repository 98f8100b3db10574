package cymru.cofnod.coach.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One language's word lists, read from {@code cymru/cofnod/coach/internal/<language>/<list>.txt}: UTF-8,
 * one phrase a line, {@code #} for a comment. A speaker of the language extends them without code.
 */
final class Lexicon {

    private final Map<WordList, PhraseList> lists = new EnumMap<>(WordList.class);

    Lexicon(String language) {
        for (WordList list : WordList.values()) {
            lists.put(list, new PhraseList(language + "/" + list.file(), lines(language, list.file())));
        }
    }

    PhraseList get(WordList list) {
        return lists.get(list);
    }

    static List<String> lines(String language, String file) {
        String path = language + "/" + file + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The coach's word list " + path + " is missing");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String phrase = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                if (!phrase.isBlank()) {
                    lines.add(phrase.trim());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
