package cymru.cofnod.coach.internal;

/**
 * A word of the text as the coach reads it.
 *
 * @param keys     the forms a phrase may name it by: as written (lower case), its lemma in English, its
 *                 possible radical forms in Welsh
 * @param content  a word that carries meaning (noun, verb, adjective, adverb, name, number)
 * @param name     a person's or place's name
 * @param quoted   inside quotation marks: someone's own words, never advised on
 */
record Token(int start, int end, String text, String[] keys, boolean content, boolean name, int sentence,
             boolean quoted) {

    boolean is(String word) {
        for (String key : keys) {
            if (key.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
