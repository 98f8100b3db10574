package cymru.cofnod.outcomes.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cymru.cofnod.coach.api.Advice;
import cymru.cofnod.coach.api.AdviceKind;
import cymru.cofnod.coach.api.Field;
import cymru.cofnod.coach.api.RecordingCoach;
import cymru.cofnod.outcomes.api.Decision;
import cymru.cofnod.outcomes.api.Entry;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.RecordItem;
import cymru.cofnod.outcomes.api.Review;

/**
 * The coach's advice on what was just written, answered beside the item: each advice says where in the
 * item ({@code at}, such as {@code parts[1].text}) the words it is about are. Only what practitioners
 * write is advised on: an entry's own-words parts and a person's own perspective are theirs, and an
 * opinion part already says whose it is.
 */
final class WrittenAdvice {

    private final RecordingCoach coach;
    private final ObjectMapper json;

    WrittenAdvice(RecordingCoach coach, ObjectMapper json) {
        this.coach = coach;
        this.json = json;
    }

    /** The item as stored, with the advice on the texts as written; other kinds of item as they are. */
    Object answer(RecordItem written, RecordItem stored) {
        ArrayNode advice = json.createArrayNode();
        if (written instanceof Outcome o) {
            add(advice, "ownWords", o.ownWords(), Field.OUTCOME, o.language(), false);
        } else if (written instanceof Entry e) {
            for (int i = 0; i < e.parts().size(); i++) {
                Entry.Part p = e.parts().get(i);
                if (!"own-words".equals(p.type())) {
                    add(advice, "parts[" + i + "].text", p.text(), Field.ENTRY, p.language(),
                            "opinion".equals(p.type()));
                }
            }
            if (e.progress() != null) {
                add(advice, "progress.narrative", e.progress().narrative(), Field.ENTRY, null, false);
            }
        } else if (written instanceof Decision d) {
            add(advice, "why", d.why(), Field.DECISION, null, false);
            for (int i = 0; i < d.alternatives().size(); i++) {
                add(advice, "alternatives[" + i + "].whyNot", d.alternatives().get(i).whyNot(), Field.DECISION, null,
                        false);
            }
        } else if (written instanceof Review r) {
            for (int i = 0; i < r.results().size(); i++) {
                add(advice, "results[" + i + "].learnt", r.results().get(i).learnt(), Field.REVIEW, null, false);
            }
            add(advice, "summary", r.summary(), Field.REVIEW, null, false);
            for (int i = 0; i < r.emergingOutcomes().size(); i++) {
                Outcome o = r.emergingOutcomes().get(i);
                add(advice, "emergingOutcomes[" + i + "].ownWords", o.ownWords(), Field.OUTCOME, o.language(), false);
            }
        } else if (written instanceof Perspective p) {
            if (p.whose() == null || !"person".equals(p.whose().role())) {
                add(advice, "view", p.view(), Field.PERSPECTIVE, p.language(), false);
            }
        } else {
            return stored;
        }
        ObjectNode body = json.valueToTree(stored);
        body.set("advice", advice);
        return body;
    }

    private void add(ArrayNode advice, String at, String text, Field field, String language, boolean whoseIsSaid) {
        // the write is done: a text longer than the coach reads (a review's learning has no limit) gets none
        if (text == null || text.isBlank() || text.length() > RecordingCoach.MAX_LENGTH) {
            return;
        }
        for (Advice a : coach.advise(text, field, language)) {
            if (!(whoseIsSaid && a.kind() == AdviceKind.OPINION_AS_FACT)) {
                ObjectNode node = advice.addObject().put("at", at);
                node.setAll((ObjectNode) json.valueToTree(a));
            }
        }
    }
}
