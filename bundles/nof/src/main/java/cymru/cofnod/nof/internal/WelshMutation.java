package cymru.cofnod.nof.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The radical forms a Welsh word may have come from: Welsh changes the first sound of a word after some words
 * (soft, nasal and aspirate mutation, and h before a vowel), so Caerdydd is written Gaerdydd, Nghaerdydd or
 * Chaerdydd. Given a word in lower case, the words it could be a mutation of.
 */
final class WelshMutation {

    /** Mutated beginning → radical beginnings; longer beginnings first, so "ngh" is tried before "ng". */
    private static final String[][] BACK = {
        {"ngh", "c"}, {"mh", "p"}, {"nh", "t"}, {"ng", "g"},
        {"ch", "c"}, {"ph", "p"}, {"th", "t"}, {"dd", "d"},
        {"g", "c"}, {"b", "p"}, {"d", "t"}, {"f", "b", "m"}, {"l", "ll"}, {"r", "rh"}, {"m", "b"}, {"n", "d"},
    };

    private WelshMutation() {
    }

    static List<String> radicals(String word) {
        List<String> radicals = new ArrayList<>();
        for (String[] rule : BACK) {
            if (word.startsWith(rule[0]) && word.length() > rule[0].length() + 1) {
                for (int i = 1; i < rule.length; i++) {
                    radicals.add(rule[i] + word.substring(rule[0].length()));
                }
                if (rule[0].length() > 1) {
                    break;
                }
            }
        }
        // soft mutation drops a g; h comes before a vowel after some words ("ei henw")
        if (!word.isEmpty() && "aeiouwylr".indexOf(word.charAt(0)) >= 0) {
            radicals.add("g" + word);
        }
        if (word.length() > 2 && word.charAt(0) == 'h' && "aeiouwy".indexOf(word.charAt(1)) >= 0) {
            radicals.add(word.substring(1));
        }
        return radicals;
    }
}
