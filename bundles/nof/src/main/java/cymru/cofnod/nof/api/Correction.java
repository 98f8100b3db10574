package cymru.cofnod.nof.api;

/**
 * An administrator's change to one entry's wording: either text may be left null to keep it as it is.
 *
 * @param note why the wording changed (for example "checked against the 2016 statement")
 */
public record Correction(String textEn, String textCy, String note) {
}
