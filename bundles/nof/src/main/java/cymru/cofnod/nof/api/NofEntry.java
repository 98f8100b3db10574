package cymru.cofnod.nof.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One domain or well-being statement of the NOF catalogue, as worded in one catalogue version.
 * {@code text} is what to show: the Welsh when asked for and written, otherwise the English, with
 * {@code welshPending} true while no reviewed Welsh exists.
 *
 * @param parent            the domain (or sub-domain) this entry sits under; null for a top-level domain
 * @param domain            the top-level domain
 * @param kind              {@code domain} or {@code statement}
 * @param appliesTo         {@code all}, {@code adults}, {@code children} or {@code carers}
 * @param toCheck           true while the source says the wording is still to be checked
 * @param catalogueVersion  the catalogue version that gave this entry its current wording
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NofEntry(String code, String parent, String domain, String kind, String appliesTo, String text,
                       String textEn, String textCy, boolean welshPending, boolean toCheck, String source,
                       long catalogueVersion) {

    public static final String DOMAIN = "domain";
    public static final String STATEMENT = "statement";
}
