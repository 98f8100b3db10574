package cymru.cofnod.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Principle 1: an outcome is what matters to the person in their own words. This check flags words that
 * read like a professional goal ("I want to develop symmetrical gait") or the organisation's goal ("needs
 * to comply with his care plan"). It only warns: the words are stored as given.
 */
final class OwnWordsCheck {

    static final String PROFESSIONAL = "reads like a professional goal rather than the person's own words";
    static final String ORGANISATIONAL = "reads like the organisation's goal rather than what matters to the person";

    private static final Pattern JARGON = Pattern.compile(
            "\\b(gait|symmetrical|mobilis(e|ation)|mobiliz(e|ation)|ambulat\\w*|transfers?|adls?|"
                    + "range of motion|weight[- ]bearing|compliance|comply|concordance|package of care|"
                    + "domiciliary|intervention|care plan|risk assessment|service user|"
                    + "cerddediad|cydymffurfio|pecyn gofal|defnyddiwr gwasanaeth)\\b");
    private static final Pattern THIRD_PERSON_NEED = Pattern.compile(
            "^(he|she|they|service user|client|patient|mr\\.? \\w+|mrs\\.? \\w+|ms\\.? \\w+)?\\s*"
                    + "(needs|must|should|is required) to\\b|^(to )?(comply|engage|accept)\\b|^mae angen iddo|^rhaid iddi?");

    private OwnWordsCheck() {
    }

    static List<String> flags(String ownWords) {
        List<String> flags = new ArrayList<>();
        if (ownWords == null) {
            return flags;
        }
        String words = ownWords.toLowerCase(Locale.ROOT).trim();
        if (THIRD_PERSON_NEED.matcher(words).find()) {
            flags.add(ORGANISATIONAL);
        } else if (JARGON.matcher(words).find()) {
            flags.add(PROFESSIONAL);
        }
        return flags;
    }
}
