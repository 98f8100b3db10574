package cymru.cofnod.coach.internal;

/**
 * Which characters of a text sit inside quotation marks. Straight and curly double quotes always open and
 * close; a single quote does only where it cannot be an apostrophe ("people's", "i'r", "mae'n").
 */
final class Quotations {

    private Quotations() {
    }

    static boolean[] inside(String text) {
        boolean[] quoted = new boolean[text.length()];
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 == text.length() ? ' ' : text.charAt(i + 1);
            if (c == '"') {
                inDouble = !inDouble;
            } else if (c == '“' || c == '„') {
                inDouble = true;
            } else if (c == '”') {
                inDouble = false;
            } else if (c == '‘' || c == '\'' && !inSingle && !Character.isLetterOrDigit(before)
                    && Character.isLetter(after)) {
                inSingle = true;
            } else if ((c == '’' || c == '\'') && inSingle && !Character.isLetterOrDigit(after)) {
                inSingle = false;
            }
            quoted[i] = inDouble || inSingle;
        }
        return quoted;
    }
}
