package cymru.cofnod.coach.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Welsh initial mutations undone: "gydymffurfio", "nghynllun", "phecyn" and "ofal" are found under
 * "cydymffurfio", "cynllun", "pecyn" and "gofal", so a word list names each word once, as the dictionary
 * does. The rules come from {@code cy/mutations.txt} (mutated beginning, radical beginning); a word may
 * have several possible radicals, and all of them are tried.
 */
final class Mutations {

    private static final String NOTHING = "0";

    private record Rule(String mutated, String radical) {
    }

    private final List<Rule> rules = new ArrayList<>();

    Mutations(List<String> lines) {
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("cy/mutations.txt: '" + line + "' is not 'mutated radical'");
            }
            rules.add(new Rule(NOTHING.equals(parts[0]) ? "" : parts[0], NOTHING.equals(parts[1]) ? "" : parts[1]));
        }
    }

    /** The word itself and every radical it may be a mutation of. */
    String[] radicals(String lower) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lower);
        for (Rule rule : rules) {
            if (lower.startsWith(rule.mutated) && lower.length() > rule.mutated.length() + 1) {
                String rest = lower.substring(rule.mutated.length());
                // a lost g or an added h stands before a vowel only
                if ((rule.mutated.isEmpty() || rule.radical.isEmpty()) && !vowel(rest.charAt(0))) {
                    continue;
                }
                forms.add(rule.radical + rest);
            }
        }
        return forms.toArray(new String[0]);
    }

    private static boolean vowel(char c) {
        return "aeiouwyâêîôûŵŷáéíóúàèìòùäëïöüẅÿ".indexOf(c) >= 0;
    }
}
