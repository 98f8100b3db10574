package cymru.cofnod.nof.internal;

/** Welsh and English wording: which to show, and whether the Welsh is still to be written. */
final class Wording {

    static final String WELSH = "cy";

    private Wording() {
    }

    /** The Welsh when it was asked for and exists, otherwise the English. */
    static String text(String textEn, String textCy, String language) {
        return WELSH.equals(language) && textCy != null ? textCy : textEn;
    }

    static boolean welshPending(String textCy) {
        return textCy == null || textCy.isBlank();
    }
}
