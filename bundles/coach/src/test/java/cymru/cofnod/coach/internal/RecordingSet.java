package cymru.cofnod.coach.internal;

import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.RecordingCoach;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coach's labelled set ({@code recording-set.tsv}) and how the coach scores on it: precision and
 * recall per kind and overall, and how much good recording it advised on wrongly. The unit test and the
 * benchmark both use it.
 */
public final class RecordingSet {

    /** One labelled statement. */
    public record Statement(String part, String language, Field field, Set<AdviceKind> kinds, String text) {

        boolean good() {
            return kinds.isEmpty();
        }
    }

    /** Counts for one kind, or for all. */
    public static final class Tally {
        int truePositive;
        int falsePositive;
        int falseNegative;

        public double precision() {
            return truePositive + falsePositive == 0 ? 1 : (double) truePositive / (truePositive + falsePositive);
        }

        public double recall() {
            return truePositive + falseNegative == 0 ? 1 : (double) truePositive / (truePositive + falseNegative);
        }
    }

    /** The coach's score on some statements. */
    public record Score(int statements, Map<AdviceKind, Tally> byKind, Tally overall, int good, int goodAdvised,
                        List<String> mistakes) {

        public double goodWronglyAdvised() {
            return good == 0 ? 0 : (double) goodAdvised / good;
        }

        public double lowestRecall() {
            return byKind.values().stream().mapToDouble(Tally::recall).min().orElse(1);
        }

        /** The figures as a table. */
        public String report(String title) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d statements, %d good%n",
                    title, statements, good));
            out.append(String.format(Locale.ROOT, "  %-22s %9s %9s %5s %5s %5s%n", "kind", "precision", "recall",
                    "tp", "fp", "fn"));
            byKind.forEach((kind, t) -> out.append(row(kind.wireName(), t)));
            out.append(row("overall", overall));
            out.append(String.format(Locale.ROOT, "  good recording wrongly advised: %d of %d (%.1f%%)%n", goodAdvised,
                    good, 100 * goodWronglyAdvised()));
            return out.toString();
        }

        private static String row(String name, Tally t) {
            return String.format(Locale.ROOT, "  %-22s %9.3f %9.3f %5d %5d %5d%n", name, t.precision(), t.recall(),
                    t.truePositive, t.falsePositive, t.falseNegative);
        }
    }

    private RecordingSet() {
    }

    public static List<Statement> load() {
        List<Statement> statements = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RecordingSet.class.getResourceAsStream("/cymru/cofnod/coach/recording-set.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String row = line;
                String[] cells = line.split("\t");
                if (cells.length != 5) {
                    throw new IllegalStateException("recording-set.tsv: not five cells: " + line);
                }
                Field field = Field.byWireName(cells[2]).orElseThrow(() -> new IllegalStateException(row));
                Set<AdviceKind> kinds = EnumSet.noneOf(AdviceKind.class);
                if (!"-".equals(cells[3])) {
                    for (String kind : cells[3].split(",")) {
                        kinds.add(Arrays.stream(AdviceKind.values()).filter(k -> k.wireName().equals(kind))
                                .findFirst().orElseThrow(() -> new IllegalStateException(row)));
                    }
                }
                statements.add(new Statement(cells[0], cells[1], field, kinds, cells[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statements;
    }

    public static Score score(RecordingCoach coach, List<Statement> statements) {
        Map<AdviceKind, Tally> byKind = new EnumMap<>(AdviceKind.class);
        for (AdviceKind kind : AdviceKind.values()) {
            byKind.put(kind, new Tally());
        }
        Tally overall = new Tally();
        int good = 0;
        int goodAdvised = 0;
        List<String> mistakes = new ArrayList<>();
        for (Statement s : statements) {
            Set<AdviceKind> given = coach.advise(s.text(), s.field(), s.language()).stream().map(Advice::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(AdviceKind.class)));
            for (AdviceKind kind : AdviceKind.values()) {
                boolean expected = s.kinds().contains(kind);
                boolean found = given.contains(kind);
                Tally t = byKind.get(kind);
                if (expected && found) {
                    t.truePositive++;
                    overall.truePositive++;
                } else if (found) {
                    t.falsePositive++;
                    overall.falsePositive++;
                } else if (expected) {
                    t.falseNegative++;
                    overall.falseNegative++;
                }
            }
            if (s.good()) {
                good++;
                goodAdvised += given.isEmpty() ? 0 : 1;
            }
            if (!given.equals(s.kinds())) {
                mistakes.add(s.language() + " " + s.field().wireName() + " expected " + s.kinds() + " got " + given
                        + ": " + s.text());
            }
        }
        return new Score(statements.size(), byKind, overall, good, goodAdvised, mistakes);
    }
}
