package cymru.cofnod.coach.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * English through Apache OpenNLP and its models trained on the Universal Dependencies English Web
 * Treebank: sentences, tokens, parts of speech (to tell names, content words and a purpose "to" + verb)
 * and lemmas (so that "attends", "attended" and "attending" are all "attend" to a word list). The models
 * are shared; OpenNLP's taggers are not thread-safe and a tagger takes about a millisecond to make, so a
 * call borrows a set of them that no other call is using, and gives it back.
 */
final class EnglishAnalyser implements Analyser {

    private static final String MODELS = "/opennlp-en-ud-ewt-%s-1.3-2.5.4.bin";
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM");
    /** The key a purpose "to" carries, so that a word list can name it. */
    static final String PURPOSE = "<purpose>";
    /** What the verb of such a note is followed by: nothing, a preposition, a number ("booked.", "moved to"). */
    private static final Set<String> AFTER_DONE = Set.of("PUNCT", "ADP", "NUM");
    /** Numbers the tagger takes for verbs after "to" ("cut to ten a week"). */
    private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "half");
    /** Words after which "to" + verb says what is wanted or planned, not why. */
    private static final Set<String> TAKES_TO = Set.of("want", "like", "love", "need", "able", "unable", "have",
            "be", "go", "try", "wish", "hope", "plan", "agree", "decide", "ask", "refuse", "decline", "choose",
            "prefer", "learn", "start", "begin", "continue", "seem", "appear", "use", "due", "keen", "happy",
            "ready", "willing", "supposed", "require", "expect", "intend", "aim", "order");

    private final SentenceModel sentences;
    private final TokenizerModel tokenizer;
    private final POSModel tagger;
    private final LemmatizerModel lemmatizer;
    private final Queue<Pipeline> idle = new ConcurrentLinkedQueue<>();

    /** One caller's sentence detector, tokenizer, tagger and lemmatizer. */
    private record Pipeline(SentenceDetectorME sentences, TokenizerME words, POSTaggerME tags, LemmatizerME lemmas) {
    }

    EnglishAnalyser() {
        try {
            sentences = new SentenceModel(model("sentence"));
            tokenizer = new TokenizerModel(model("tokens"));
            tagger = new POSModel(model("pos"));
            lemmatizer = new LemmatizerModel(model("lemmas"));
        } catch (IOException e) {
            throw new UncheckedIOException("An English model of the coach could not be read", e);
        }
    }

    private static InputStream model(String name) {
        InputStream in = EnglishAnalyser.class.getResourceAsStream(String.format(MODELS, name));
        if (in == null) {
            throw new IllegalStateException("The coach's English " + name + " model is missing");
        }
        return in;
    }

    @Override
    public List<Token> tokens(String text) {
        Pipeline pipeline = idle.poll();
        if (pipeline == null) {
            pipeline = new Pipeline(new SentenceDetectorME(sentences), new TokenizerME(tokenizer),
                    new POSTaggerME(tagger), new LemmatizerME(lemmatizer));
        }
        try {
            return tokens(text, pipeline);
        } finally {
            idle.offer(pipeline);
        }
    }

    private static List<Token> tokens(String text, Pipeline pipeline) {
        boolean[] quoted = Quotations.inside(text);
        List<Token> tokens = new ArrayList<>();
        Span[] found = pipeline.sentences().sentPosDetect(text);
        for (int s = 0; s < found.length; s++) {
            int offset = found[s].getStart();
            String sentence = text.substring(offset, found[s].getEnd());
            Span[] spans = pipeline.words().tokenizePos(sentence);
            String[] forms = Span.spansToStrings(spans, sentence);
            String[] pos = pipeline.tags().tag(forms);
            String[] lemma = pipeline.lemmas().lemmatize(forms, pos);
            int done = done(forms, pos, lemma);
            for (int i = 0; i < forms.length; i++) {
                String lower = forms[i].toLowerCase(Locale.ROOT);
                String[] keys = keys(lower, lemma[i].toLowerCase(Locale.ROOT));
                if (purpose(forms, pos, lemma, i)) {
                    keys = new String[] {lower, PURPOSE};
                } else if (i == done) {
                    keys = Arrays.copyOf(keys, keys.length + 1);
                    keys[keys.length - 1] = DONE;
                }
                int start = offset + spans[i].getStart();
                // the tokenizer keeps a name's possessive on it ("Mair's"), and the tagger then misses the name
                boolean name = "PROPN".equals(pos[i]) || Character.isUpperCase(forms[i].charAt(0))
                        && (lower.endsWith("'s") || lower.endsWith("’s"));
                tokens.add(new Token(start, offset + spans[i].getEnd(), forms[i], keys, CONTENT.contains(pos[i]),
                        name, s, quoted[start]));
            }
        }
        return tokens;
    }

    /** The word as written and its lemma; "didn't" is "do+not" to the lemmatizer, and "not" to a word list. */
    private static String[] keys(String lower, String lemma) {
        if (lemma.equals(lower) || "o".equals(lemma)) {
            return new String[] {lower};
        }
        List<String> keys = new ArrayList<>(List.of(lower, lemma));
        if (lemma.contains("+")) {
            keys.addAll(List.of(lemma.split("\\+")));
        }
        return keys.toArray(new String[0]);
    }

    /**
     * The verb of a note of something done, written as such notes are, without who did it: a sentence that
     * begins with a thing (nouns, adjectives, numbers: no person, no pronoun, no other verb) and goes on
     * with a verb in a form of its own ("booked", "moved") that takes no object ("Medication review booked.",
     * "Home visit moved to Friday.", "Calls moved to the afternoon"). A person's doing ("Kieran walked ...",
     * "Her son told me ...") is not one. Answers -1 when the sentence is not such a note.
     */
    private static int done(String[] forms, String[] pos, String[] lemma) {
        // the tagger reads a note's first noun as a verb when it could be one ("Visit moved to Friday")
        int i = forms.length > 1 && "VERB".equals(pos[0]) && lemma[0].equalsIgnoreCase(forms[0]) ? 1 : 0;
        while (i < forms.length && ("NOUN".equals(pos[i]) || "ADJ".equals(pos[i]) || "NUM".equals(pos[i])
                || "DET".equals(pos[i]) && i == 0)) {
            i++;
        }
        boolean thing = i > 0 && !"DET".equals(pos[i - 1]);
        return thing && i < forms.length && "VERB".equals(pos[i])
                && !lemma[i].equalsIgnoreCase(forms[i])
                && (i + 1 == forms.length || AFTER_DONE.contains(pos[i + 1])) ? i : -1;
    }

    /**
     * A "to" that opens a purpose: "to" + verb after something done ("referral made to find out why", "a
     * place at the club to meet people"), not after a verb that takes it ("wants to go") nor after whoever
     * the sentence begins with ("Carers to visit", "Sarah to attend").
     */
    private static boolean purpose(String[] forms, String[] pos, String[] lemma, int i) {
        boolean somethingDone = i >= 3;
        // the tagger reads a first word as a verb in headline-like notes ("Befriending service to be ...")
        for (int j = 1; j < i && !somethingDone; j++) {
            somethingDone = "VERB".equals(pos[j]);
        }
        return somethingDone && i + 1 < forms.length && "to".equalsIgnoreCase(forms[i]) && "PART".equals(pos[i])
                && ("VERB".equals(pos[i + 1]) || "AUX".equals(pos[i + 1]))
                && !NUMBERS.contains(forms[i + 1].toLowerCase(Locale.ROOT))
                && !"PROPN".equals(pos[i - 1]) && !"PRON".equals(pos[i - 1]) && !"PUNCT".equals(pos[i - 1])
                && !TAKES_TO.contains(lemma[i - 1].toLowerCase(Locale.ROOT));
    }
}
