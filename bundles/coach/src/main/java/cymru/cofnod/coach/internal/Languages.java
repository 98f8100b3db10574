package cymru.cofnod.coach.internal;

import java.util.Locale;
import java.util.Map;

/** Tells Welsh from English when a field does not say, by which language's small words the text uses more. */
final class Languages {

    private Languages() {
    }

    static String guess(String text, Map<String, Lexicon> lexicons) {
        PhraseList welsh = lexicons.get("cy").get(WordList.STOPWORDS);
        PhraseList english = lexicons.get("en").get(WordList.STOPWORDS);
        int cy = 0;
        int en = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            cy += welsh.contains(word) ? 1 : 0;
            en += english.contains(word) ? 1 : 0;
        }
        return cy > en ? "cy" : "en";
    }
}
