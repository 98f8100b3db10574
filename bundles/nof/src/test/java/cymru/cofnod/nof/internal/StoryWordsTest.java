package cymru.cofnod.nof.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Stories beside commissioners' numbers lose every name: a set of sentences in Welsh and English with names at
 * the start of a sentence, in lower case, family names, mutated Welsh places and small places, each of which
 * must come out clean; and ordinary words that look like names in another case or language stay.
 */
public class StoryWordsTest {

    /** What the record knows around these sentences: the person and their family, the agencies, a user. */
    private static final NameFinder.Known KNOWN = new NameFinder.Known(Set.of("Rhodri", "Evans", "Gwenllian", "Price"),
            Set.of("cardiff", "vale", "uhb", "gofal", "da", "homecare", "sian", "jones"));

    @Test
    public void everySentenceOfTheSetComesOutClean() throws IOException {
        List<String> leaks = new ArrayList<>();
        int sentences = 0;
        for (String line : lines()) {
            String[] parts = line.split("\\|");
            String shown = StoryWords.of(parts[0].trim(), KNOWN);
            sentences++;
            for (String name : parts[1].split(",")) {
                if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.trim()) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(shown).find()) {
                    leaks.add(name.trim() + " in: " + shown);
                }
            }
        }
        assertTrue("at least forty sentences: " + sentences, sentences >= 40);
        assertEquals("names left in stories", List.of(), leaks);
    }

    @Test
    public void ordinaryWordsStay() {
        assertEquals("I will walk to the shop with my daughter.",
                StoryWords.of("I will walk to the shop with my daughter.", KNOWN));
        assertEquals("Dim ond eisiau mynd allan, mae gofal da yn bwysig.",
                StoryWords.of("Dim ond eisiau mynd allan, mae gofal da yn bwysig.", KNOWN));
        assertEquals("The fair was lovely and the price was fair.",
                StoryWords.of("The fair was lovely and the price was fair.", KNOWN));
        assertEquals("Mae'r eira wedi mynd, dw i eisiau cerdded i'r bryn.",
                StoryWords.of("Mae'r eira wedi mynd, dw i eisiau cerdded i'r bryn.", KNOWN));
    }

    @Test
    public void numbersTitlesAndLengthAsBefore() {
        assertEquals("I want to see Nain [name] at [name] on the [number] bus.",
                StoryWords.of("I want to see Nain Jones at Llandaff on the 52 bus.", NameFinder.Known.NONE));
        assertEquals("Mae [name] yn fy helpu.", StoryWords.of("Mae Dr Rhys yn fy helpu.", NameFinder.Known.NONE));
        String longWords = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen twenty twenty-one";
        assertTrue(StoryWords.of(longWords, NameFinder.Known.NONE).endsWith("twenty …"));
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = StoryWordsTest.class.getResourceAsStream("story-sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
