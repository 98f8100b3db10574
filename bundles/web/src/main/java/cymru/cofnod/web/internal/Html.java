package cymru.cofnod.web.internal;

/** Escaping for text and attribute values written into pages. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Stored text in the language it was written in ({@code cy} or {@code en}, marked so that it is read in it, WCAG
     * 3.1.2); text whose language the record does not keep (null or empty) is left in the page's.
     */
    static String inLanguage(String text, String language) {
        return language == null || language.isEmpty() ? esc(text) : "<span lang=\"" + esc(language) + "\">" + esc(text) + "</span>";
    }

    /** A query parameter value, percent-encoded. */
    static String url(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
