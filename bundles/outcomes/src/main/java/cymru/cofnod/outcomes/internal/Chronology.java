package cymru.cofnod.outcomes.internal;

import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.Review;
import cymru.cofnod.outcomes.api.Risk;
import cymru.cofnod.outcomes.api.Strength;
import cymru.cofnod.outcomes.api.TimelineItem;
import cymru.cofnod.rest.api.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A practitioner's chronology as CSV: one line a step of the journey, oldest first, with the facts, the opinions
 * (whose) and the person's own words in columns of their own, so that they stay apart when printed or sorted.
 * UTF-8 with a byte order mark, which spreadsheets need to read Welsh letters right.
 */
final class Chronology {

    static final String HEADER = Csv.line("when", "agency", "recorded by", "kind", "outcomes", "facts",
            "opinions", "own words", "other");

    private Chronology() {
    }

    /**
     * The steps, given newest first as the journey lists them, as the chronology's lines oldest first; {@code more}
     * when the journey goes on beyond them, said in a last line so that a cut chronology never passes for whole.
     */
    static String csv(List<TimelineItem> newestFirst, boolean more) {
        StringBuilder out = new StringBuilder(Csv.BOM).append(HEADER);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            out.append(line(newestFirst.get(i)));
        }
        if (more) {
            out.append(Csv.line("#", "the journey goes on beyond these steps: narrow the period or filter"));
        }
        return out.toString();
    }

    private static String line(TimelineItem step) {
        RecordItem item = step.item();
        List<String> facts = new ArrayList<>();
        List<String> opinions = new ArrayList<>();
        List<String> ownWords = new ArrayList<>();
        String kind = step.kind();
        String other = null;
        if (item instanceof Entry e) {
            kind = e.kind();
            for (Entry.Part p : e.parts()) {
                switch (p.type()) {
                    case "observation" -> facts.add(p.text());
                    case "opinion" -> opinions.add(p.whose() + ": " + p.text());
                    default -> ownWords.add(p.text());
                }
            }
            if (e.progress() != null) {
                other = "progress " + e.progress().rating() + "/10: " + e.progress().narrative();
            }
        } else if (item instanceof Outcome o) {
            ownWords.add(o.ownWords());
            other = o.professionalRestatement();
        } else if (item instanceof Decision d) {
            other = d.what() + " – " + d.why();
        } else if (item instanceof Review r) {
            other = r.results().stream().map(x -> x.result() + ": " + x.learnt()).collect(Collectors.joining("; "));
        } else if (item instanceof Strength s) {
            other = s.description();
        } else if (item instanceof Risk r) {
            other = r.description();
        } else if (item instanceof Perspective p) {
            opinions.add(p.whose().role() + ": " + p.view());
        }
        return Csv.line(step.occurredAt().toString(), step.agency(), step.recordedBy(), kind,
                String.join(" ", step.outcomeIds()), String.join("\n", facts), String.join("\n", opinions),
                String.join("\n", ownWords), other);
    }
}
