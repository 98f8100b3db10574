package cymru.cofnod.coach.internal;

import java.util.List;

/** Splits a text into sentences and words, and says what each word is. */
interface Analyser {

    /**
     * The key of the verb of a note of something done, written as such notes are, without who did it ("Visit
     * moved to Friday.", "Ymweliad wedi'i symud"), so that a word list can name it.
     */
    String DONE = "<done>";

    List<Token> tokens(String text);
}
