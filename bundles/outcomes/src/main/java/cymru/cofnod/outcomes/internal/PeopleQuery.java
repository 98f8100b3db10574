package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.Validation;
import cymru.cofnod.outcomes.api.NhsNumber;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one search box asks for, as a practitioner types it: an NHS number (spaces and hyphens allowed), another
 * agency's identifier, or name words in any order with a date of birth (ISO or dd/mm/yyyy) or either alone.
 *
 * @param identifier an identifier, as typed; {@code nhs} when it is an NHS number (then normalised)
 * @param words      the name words, folded as {@link #fold} folds them
 * @param born       the date of birth, if one was given
 */
record PeopleQuery(String identifier, boolean nhs, List<String> words, LocalDate born) {

    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 6;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * Reads what was typed.
     *
     * @throws cymru.cofnod.core.api.ValidationException naming {@code q}, for a query too long, an NHS number
     *                                                   whose check digit is wrong, an impossible date, or an
     *                                                   identifier mixed with other words
     */
    static PeopleQuery parse(String q) {
        Validation v = new Validation().maxLength(q, MAX_CHARS, "q");
        v.orThrow();
        String typed = q == null ? "" : q.strip();
        String digits = NhsNumber.normalise(typed);
        if (digits.length() == 10 && digits.chars().allMatch(Character::isDigit) && typed.matches("[\\d \\-]+")) {
            v.require(NhsNumber.isValid(digits), "q", "is not a valid NHS number (ten digits with a correct check digit)")
                    .orThrow();
            return new PeopleQuery(digits, true, List.of(), null);
        }
        LocalDate born = null;
        String identifier = null;
        List<String> words = new ArrayList<>();
        for (String token : typed.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (ISO.matcher(token).matches() || UK.matcher(token).matches()) {
                v.require(born == null, "q", "give one date of birth");
                born = date(token, v);
            } else if (token.chars().anyMatch(Character::isDigit)) {
                v.require(identifier == null, "q", "search by one identifier at a time");
                identifier = token;
            } else {
                words.addAll(Arrays.asList(fold(token).split(" ")));
            }
        }
        words.removeIf(String::isEmpty);
        v.require(identifier == null || words.isEmpty() && born == null, "q",
                "an identifier is searched on its own, without names or a date of birth");
        v.require(words.size() <= MAX_WORDS, "q", "use at most " + MAX_WORDS + " name words");
        if (born != null) {
            v.dateOfBirth(born, "q");
        }
        v.maxLength(identifier, 64, "q");
        v.orThrow();
        return new PeopleQuery(identifier, false, List.copyOf(words), born);
    }

    /** Nothing typed: the caseload as it is. */
    boolean isEmpty() {
        return identifier == null && words.isEmpty() && born == null;
    }

    /** The query as the audit names it: the words and date it looked for. */
    String describe() {
        return identifier != null ? identifier
                : (String.join(" ", words) + (born == null ? "" : " " + born)).strip();
    }

    /** A name with a date of birth reaches beyond the caseload, as a trace does; a name alone does not. */
    boolean isTrace() {
        return identifier != null || !words.isEmpty() && born != null;
    }

    /** A date as typed, ISO or dd/mm/yyyy; one that cannot be (31/02/1950) is a field error. */
    private static LocalDate date(String token, Validation v) {
        Matcher iso = ISO.matcher(token);
        Matcher uk = UK.matcher(token);
        try {
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            if (uk.matches()) {
                return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)));
            }
        } catch (DateTimeException e) {
            v.add("q", "is not a date: " + token);
        }
        return null;
    }

    /**
     * Names as a search compares them: accents and case ignored ("Siân" is "sian"), apostrophes dropped, hyphens
     * and other marks between words made spaces, one space between words.
     */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['’]", "").toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A person's names as a search reads them: each folded word once, with a space either side of each. */
    static String nameWords(String... names) {
        StringBuilder b = new StringBuilder(" ");
        for (String name : names) {
            for (String word : fold(name).split(" ")) {
                if (!word.isEmpty() && b.indexOf(" " + word + " ") < 0) {
                    b.append(word).append(' ');
                }
            }
        }
        return b.toString();
    }
}
