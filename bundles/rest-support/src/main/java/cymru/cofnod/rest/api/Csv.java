package cymru.cofnod.rest.api;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CSV as the API writes it for spreadsheets: RFC 4180 lines, and no cell a spreadsheet would run as a formula. */
public final class Csv {

    /** A byte order mark, so that a spreadsheet opening the file reads UTF-8 and shows Welsh letters (ŵ, ŷ). */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** One line, ended by CRLF; a null field is empty. */
    public static String line(String... fields) {
        return Stream.of(fields).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quoted where needed; a leading = + - @ is defused so a spreadsheet never runs a label as a formula. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+") ? "'" + value
                : value;
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
