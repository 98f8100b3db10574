package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.Span;
import java.util.List;
import java.util.Optional;

/** A text being coached: its words, the field it is written for, and its language's word lists. */
final class Statement {

    private final String text;
    private final Field field;
    private final List<Token> tokens;
    private final Lexicon words;

    Statement(String text, Field field, List<Token> tokens, Lexicon words) {
        this.text = text;
        this.field = field;
        this.tokens = tokens;
        this.words = words;
    }

    Field field() {
        return field;
    }

    /** Where a list first matches outside quotation marks. */
    Optional<PhraseList.Match> first(WordList list) {
        return unquoted(list).stream().findFirst();
    }

    boolean has(WordList list) {
        return first(list).isPresent();
    }

    /** Where a list matches outside quotation marks: quoted words are someone's own and never advised on. */
    List<PhraseList.Match> unquoted(WordList list) {
        return words.get(list).matches(tokens).stream().filter(m -> !tokens.get(m.from()).quoted()).toList();
    }

    /** Whether a list matches anywhere in the sentence a match is in. */
    boolean inSentence(WordList list, PhraseList.Match match) {
        int sentence = tokens.get(match.from()).sentence();
        return words.get(list).matches(tokens).stream().anyMatch(m -> tokens.get(m.from()).sentence() == sentence);
    }

    /** Whether anything is quoted: the person's own words are there. */
    boolean quotes() {
        return tokens.stream().anyMatch(Token::quoted);
    }

    /** Whether everything said is quoted, or nothing is said. */
    boolean allQuoted() {
        return tokens.stream().filter(t -> Character.isLetterOrDigit(t.text().charAt(0))).allMatch(Token::quoted);
    }

    /** The person speaking: "I", "my", "we". */
    boolean firstPerson() {
        return has(WordList.FIRST_PERSON);
    }

    /** Someone spoken about: a name, "he", "she", "Mr". */
    boolean thirdPerson() {
        return has(WordList.THIRD_PERSON) || tokens.stream().anyMatch(t -> t.name() && !t.quoted());
    }

    /** Whether the text begins with someone spoken about: "Mrs Lloyd's garden ...", "His tablets ...". */
    boolean beginsWithThirdPerson() {
        return !tokens.isEmpty() && (tokens.get(0).name()
                || words.get(WordList.THIRD_PERSON).matches(tokens).stream().anyMatch(m -> m.from() == 0));
    }

    /** Content words outside quotation marks, outside the given matches and not in the given lists. */
    long contentBeyond(List<PhraseList.Match> covered, WordList... ignored) {
        boolean[] skip = new boolean[tokens.size()];
        covered.forEach(m -> java.util.Arrays.fill(skip, m.from(), m.to(), true));
        for (WordList list : ignored) {
            words.get(list).matches(tokens).forEach(m -> java.util.Arrays.fill(skip, m.from(), m.to(), true));
        }
        long count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!skip[i] && t.content() && !t.name() && !t.quoted()) {
                count++;
            }
        }
        return count;
    }

    /** The characters of a match. */
    Span span(PhraseList.Match match) {
        return new Span(tokens.get(match.from()).start(), tokens.get(match.to() - 1).end());
    }

    /** The whole text, without the space around it. */
    Span whole() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    String text(Span span) {
        return text.substring(span.start(), span.end());
    }
}
