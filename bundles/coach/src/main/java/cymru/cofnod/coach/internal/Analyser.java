package cymru.cofnod.coach.internal;

import java.util.List;

/** Splits a text into sentences and words, and says what each word is. */
interface Analyser {

    List<Token> tokens(String text);
}
