package cymru.cofnod.coach.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Welsh, for which no OpenNLP model exists: sentences by the JDK's sentence rules for Welsh, words by
 * OpenNLP's language-neutral character-class tokenizer, with an apostrophe kept to the letters after it
 * ("i'r" is "i" and "'r", "wedi'i" is "wedi" and "'i", in a text as in a word list), mutations undone by
 * {@link Mutations}, and content words told from the small words of {@code cy/stopwords.txt}. A name is a
 * capitalised word that is not the first of its sentence.
 */
final class WelshAnalyser implements Analyser {

    private static final Locale WELSH = new Locale("cy");

    private final Mutations mutations;
    private final PhraseList stopwords;

    WelshAnalyser(Mutations mutations, PhraseList stopwords) {
        this.mutations = mutations;
        this.stopwords = stopwords;
    }

    /**
     * A note of something done, written without who did it: a sentence that begins with a thing (one to three
     * words, none of them small: no verb such as "mae", no pronoun) and goes on "wedi'i" or "wedi'u" + verb
     * ("Ymweliad wedi'i symud", "Adolygiad wedi'i drefnu"). Its "wedi" gets the key {@link Analyser#DONE}.
     */
    private void markDone(List<Token> tokens, int begins) {
        int wedi = begins;
        while (wedi < tokens.size() && tokens.get(wedi).content()) {
            wedi++;
        }
        if (wedi > begins && wedi - begins <= 3 && wedi + 1 < tokens.size() && tokens.get(wedi).is("wedi")
                && (tokens.get(wedi + 1).is("'i") || tokens.get(wedi + 1).is("'u"))) {
            Token t = tokens.get(wedi);
            String[] keys = Arrays.copyOf(t.keys(), t.keys().length + 1);
            keys[keys.length - 1] = DONE;
            tokens.set(wedi, new Token(t.start(), t.end(), t.text(), keys, t.content(), t.name(), t.sentence(), t.quoted()));
        }
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    @Override
    public List<Token> tokens(String text) {
        boolean[] quoted = Quotations.inside(text);
        List<Token> tokens = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(WELSH);
        sentences.setText(text);
        int sentence = 0;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            boolean first = true;
            int begins = tokens.size();
            String sentenceText = text.substring(start, end);
            Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentenceText);
            for (int i = 0; i < spans.length; i++) {
                int from = start + spans[i].getStart();
                int to = start + spans[i].getEnd();
                // an apostrophe and the letters after it are one word: 'r, 'n, 'i, 'w
                if (apostrophe(text.charAt(from)) && i + 1 < spans.length
                        && spans[i + 1].getStart() == spans[i].getEnd()
                        && Character.isLetter(sentenceText.charAt(spans[i + 1].getStart()))) {
                    to = start + spans[++i].getEnd();
                }
                String form = text.substring(from, to);
                String lower = form.toLowerCase(WELSH).replace('’', '\'');
                boolean word = Character.isLetter(form.charAt(form.length() - 1));
                boolean small = stopwords.contains(lower);
                boolean name = word && !first && Character.isUpperCase(form.charAt(0)) && !small;
                tokens.add(new Token(from, to, form, word ? mutations.radicals(lower) : new String[] {lower},
                        word && !small, name, sentence, quoted[from]));
                first &= !word;
            }
            markDone(tokens, begins);
            sentence++;
        }
        return tokens;
    }
}
