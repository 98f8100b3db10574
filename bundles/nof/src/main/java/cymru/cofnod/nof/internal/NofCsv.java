package cymru.cofnod.nof.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalogue's source file: {@code code,parent,kind,applies_to,text_en,source}, one entry a line,
 * fields in double quotes where they hold commas. The file is data, shipped in the bundle, so that
 * wording marked "to check" is corrected through the catalogue, never in code.
 */
final class NofCsv {

    static final String RESOURCE = "/nof/nof-wales.csv";

    record Line(int position, String code, String parent, String kind, String appliesTo, String textEn,
                String source) {

        boolean toCheck() {
            return source != null && source.contains("to check");
        }
    }

    private NofCsv() {
    }

    static List<Line> read(InputStream in) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // the header
            String text;
            while ((text = reader.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                List<String> f = fields(text);
                if (f.size() != 6) {
                    throw new IllegalStateException("NOF catalogue line " + (lines.size() + 2) + " has " + f.size()
                            + " fields, not 6: " + text);
                }
                lines.add(new Line(lines.size(), f.get(0), blankToNull(f.get(1)), f.get(2), f.get(3), f.get(4),
                        blankToNull(f.get(5))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Each entry's top-level domain: its parent's parent, as far up as the file goes. */
    static Map<String, String> domains(List<Line> lines) {
        Map<String, String> parents = new HashMap<>();
        lines.forEach(l -> parents.put(l.code(), l.parent()));
        Map<String, String> domains = new HashMap<>();
        for (Line l : lines) {
            String top = l.code();
            while (parents.get(top) != null) {
                top = parents.get(top);
            }
            domains.put(l.code(), top);
        }
        return domains;
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
