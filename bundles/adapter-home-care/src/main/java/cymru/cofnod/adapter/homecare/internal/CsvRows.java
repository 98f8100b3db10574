package cymru.cofnod.adapter.homecare.internal;

import cymru.cofnod.adapter.api.InboundItem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row. A learning log has the columns of the guidance's learning log; visit notes have a
 * note column. Each row becomes one item, kept as the header and that row so it can be retried alone.
 */
final class CsvRows {

    static final List<String> LEARNING_LOG = List.of("id", "person", "date", "from", "to", "activity", "who",
            "what_worked", "what_did_not_work");
    static final List<String> VISIT = List.of("id", "person", "date", "from", "note");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private static final Pattern LINE = Pattern.compile("\\(line (\\d+)\\)");

    private CsvRows() {
    }

    static List<InboundItem> split(String text) {
        List<InboundItem> items = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            boolean learningLog = header.contains("what_worked") || header.contains("what_did_not_work")
                    || header.contains("activity");
            List<String> required = learningLog ? LEARNING_LOG : VISIT;
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            String type = learningLog ? "learning-log" : "visit";
            if (!header.contains("id")) {
                return List.of(InboundItem.unreadable(null, type, text, "the CSV has no 'id' column: every row "
                        + "needs the provider's own id; a " + type + " has the columns " + required));
            }
            for (CSVRecord record : parser) {
                String id = record.isSet("id") ? record.get("id") : null;
                String payload = alone(header, record);
                if (!missing.isEmpty()) {
                    items.add(InboundItem.unreadable(id, type, payload, "the CSV has no " + missing
                            + " column(s); a " + type + " has the columns " + required));
                } else if (!record.isConsistent()) {
                    items.add(InboundItem.unreadable(id, type, payload, "row " + record.getRecordNumber() + " has "
                            + record.size() + " values where the header has " + header.size()));
                } else {
                    items.add(InboundItem.readable(id, type, payload, new Row(learningLog, fields(record), true)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed quoting and duplicate headers this way
            items.clear();
            items.add(InboundItem.unreadable(null, "payload", text, "not readable as CSV with a header row"
                    + line(e.getMessage()) + ": check its quoting and that no column is named twice"));
        }
        return items;
    }

    /** Where commons-csv says the CSV broke ("(line 3)"), without its own words. */
    private static String line(String message) {
        Matcher at = LINE.matcher(String.valueOf(message));
        return at.find() ? " (near line " + at.group(1) + ")" : "";
    }

    /** CSV columns by the names the JSON format uses. */
    private static Map<String, String> fields(CSVRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        record.toMap().forEach((column, value) -> fields.put(camel(column), value));
        return fields;
    }

    private static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** The header and this one row: a CSV payload of its own. */
    private static String alone(List<String> header, CSVRecord record) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            printer.printRecord(record.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
