package cymru.cofnod.nof.api;

/**
 * Which statements to list; every part is optional.
 *
 * @param domain    a domain code: its statements and those of its sub-domains
 * @param appliesTo {@code adults}, {@code children} or {@code carers}: statements for them, including {@code all}
 * @param text      words the English or Welsh wording contains (case-insensitive)
 * @param version   the catalogue as it stood at this version; null for the current one
 * @param language  {@code cy} to show Welsh where written, otherwise English
 */
public record StatementFilter(String domain, String appliesTo, String text, Long version, String language) {

    public static StatementFilter all() {
        return new StatementFilter(null, null, null, null, null);
    }
}
