package cymru.cofnod.meetings.internal;

import cymru.cofnod.core.api.Validation;
import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import cymru.cofnod.outcomes.api.Outcome;
import cymru.cofnod.outcomes.api.Perspective;
import cymru.cofnod.outcomes.api.Review;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a meeting and of a plan revision, each broken rule named by its field. */
final class MeetingRules {

    static final int MAX_TEXT = 4000;
    /** What the body column holds (a CLOB, 64,000 characters as EclipseLink makes it on Derby). */
    static final int MAX_STORED = 64_000;

    private MeetingRules() {
    }

    static Validation check(Meeting m) {
        Validation v = new Validation();
        v.requireText(m.personId(), "personId")
                .requireOneOf(m.kind(), Meeting.KINDS, "kind")
                .requireOneOf(m.language(), Outcome.LANGUAGES, "language")
                .require(m.heldOn() != null, "heldOn", "is required")
                .require(m.heldOn() == null || !m.heldOn().isAfter(Validation.today()), "heldOn", "is in the future")
                .require(m.nextReview() != null, "nextReview", "is required: when will the plan be reviewed?")
                .require(m.nextReview() == null || m.heldOn() == null || m.nextReview().isAfter(m.heldOn()),
                        "nextReview", "must come after the meeting")
                .eventDate(m.heldOn(), "heldOn").eventDate(m.nextReview(), "nextReview")
                .id(m.personId(), "personId");
        Set<String> names = parties(m.parties(), v);
        agreed(m, v);
        disagreements(m.disagreements(), names, v);
        actions(m.actions(), "actions", v);
        contingencies(m.contingencies(), "contingencies", v);
        if (m.isReview()) {
            v.require(m.reviewOf() != null && m.reviewOf().planId() != null, "reviewOf",
                    "is required: the plan and version this review is of");
            v.require(!m.results().isEmpty(), "results", "a review records at least one outcome's result");
            for (int i = 0; i < m.results().size(); i++) {
                Review.OutcomeResult r = m.results().get(i);
                v.requireText(r.outcomeId(), "results[" + i + "].outcomeId")
                        .requireOneOf(r.result(), Review.RESULTS, "results[" + i + "].result")
                        .requireText(r.learnt(), "results[" + i + "].learnt")
                        .maxLength(r.learnt(), MAX_TEXT, "results[" + i + "].learnt");
            }
        } else {
            v.require(m.reviewOf() == null, "reviewOf", "only a review meeting reviews a plan");
            v.require(m.results().isEmpty(), "results", "only a review meeting records results");
            v.require(!m.outcomesAgreed().isEmpty(), "outcomesAgreed",
                    "a planning meeting agrees at least one outcome, in the person's words");
        }
        return v.ok() ? v.fitsStorage(m, MAX_STORED, "meeting") : v;
    }

    /** Everyone present brings their view; the person is heard, in person or through their advocate. */
    private static Set<String> parties(List<Meeting.Party> parties, Validation v) {
        v.require(parties.size() >= 2, "parties", "a meeting has at least two parties, each with their view");
        v.require(parties.stream().anyMatch(p -> "person".equals(p.role()) || "advocate".equals(p.role())),
                "parties", "the person is heard: one party has the role person (or advocate)");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            Meeting.Party p = parties.get(i);
            String at = "parties[" + i + "]";
            v.requireText(p.name(), at + ".name").maxLength(p.name(), 200, at + ".name")
                    .require(p.name() == null || names.add(p.name()), at + ".name", "names another party already present")
                    .requireOneOf(p.role(), Perspective.ROLES, at + ".role")
                    .require(!"practitioner".equals(p.role()) || notBlank(p.agency()), at + ".agency",
                            "a practitioner comes for an agency")
                    .maxLength(p.agency(), 64, at + ".agency");
            Meeting.View view = p.view();
            v.require(view != null && (notBlank(view.whatMatters()) || notBlank(view.whatIsWorking())
                            || notBlank(view.worries()) || notBlank(view.whatShouldHappen())), at + ".view",
                    "every party brings their view: what matters, what is working, worries or what should happen");
            if (view != null) {
                v.maxLength(view.whatMatters(), MAX_TEXT, at + ".view.whatMatters")
                        .maxLength(view.whatIsWorking(), MAX_TEXT, at + ".view.whatIsWorking")
                        .maxLength(view.worries(), MAX_TEXT, at + ".view.worries")
                        .maxLength(view.whatShouldHappen(), MAX_TEXT, at + ".view.whatShouldHappen")
                        .oneOf(view.language(), Outcome.LANGUAGES, at + ".view.language");
            }
        }
        return names;
    }

    private static void agreed(Meeting m, Validation v) {
        for (int i = 0; i < m.outcomesAgreed().size(); i++) {
            Meeting.AgreedOutcome a = m.outcomesAgreed().get(i);
            String at = "outcomesAgreed[" + i + "]";
            v.id(a.outcomeId(), at + ".outcomeId");
            if (a.outcomeId() == null) {
                Validation words = new Validation();
                newOutcome(a, m.language()).validate(words);
                words.errors().forEach(e -> v.add(at + "." + e.field(), e.message()));
            } else {
                v.require(a.ownWords() == null, at + ".ownWords",
                        "an existing outcome keeps its own words: give outcomeId or ownWords, not both");
            }
            support(a.support(), at + ".support", v);
        }
    }

    /** A new outcome in the person's words; the meeting's language unless the words say otherwise. */
    static Outcome newOutcome(Meeting.AgreedOutcome a, String meetingLanguage) {
        return Outcome.of(a.ownWords(), a.language() == null ? meetingLanguage : a.language(), a.type());
    }

    private static void support(List<Meeting.Support> support, String field, Validation v) {
        for (int i = 0; i < support.size(); i++) {
            Meeting.Support s = support.get(i);
            String at = field + "[" + i + "]";
            v.requireText(s.what(), at + ".what").maxLength(s.what(), MAX_TEXT, at + ".what")
                    .require(notBlank(s.why()), at + ".why", "say why: what this support does for the outcome")
                    .maxLength(s.why(), MAX_TEXT, at + ".why")
                    .maxLength(s.by(), 200, at + ".by").maxLength(s.agency(), 64, at + ".agency");
        }
    }

    /** A disagreement is kept as one: what it is about and each party's own position, at least two. */
    private static void disagreements(List<Meeting.Disagreement> list, Set<String> names, Validation v) {
        for (int i = 0; i < list.size(); i++) {
            Meeting.Disagreement d = list.get(i);
            String at = "disagreements[" + i + "]";
            v.requireText(d.about(), at + ".about").maxLength(d.about(), MAX_TEXT, at + ".about")
                    .require(d.positions().size() >= 2, at + ".positions",
                            "a disagreement records at least two parties' positions");
            Set<String> who = new HashSet<>();
            for (int j = 0; j < d.positions().size(); j++) {
                Meeting.Position p = d.positions().get(j);
                String pat = at + ".positions[" + j + "]";
                v.require(p.party() != null && names.contains(p.party()), pat + ".party",
                                "must name a party present at the meeting")
                        .require(p.party() == null || who.add(p.party()), pat + ".party",
                                "each party states one position")
                        .requireText(p.view(), pat + ".view").maxLength(p.view(), MAX_TEXT, pat + ".view");
            }
        }
    }

    private static void actions(List<Meeting.Action> actions, String field, Validation v) {
        for (int i = 0; i < actions.size(); i++) {
            Meeting.Action a = actions.get(i);
            String at = field + "[" + i + "]";
            v.requireText(a.what(), at + ".what").maxLength(a.what(), MAX_TEXT, at + ".what")
                    .requireText(a.owner(), at + ".owner").maxLength(a.owner(), 200, at + ".owner")
                    .maxLength(a.agency(), 64, at + ".agency")
                    .require(a.due() != null, at + ".due", "is required: by when?")
                    .eventDate(a.due(), at + ".due");
        }
    }

    private static void contingencies(List<Meeting.Contingency> list, String field, Validation v) {
        for (int i = 0; i < list.size(); i++) {
            Meeting.Contingency c = list.get(i);
            String at = field + "[" + i + "]";
            v.requireText(c.whatIf(), at + ".whatIf").maxLength(c.whatIf(), MAX_TEXT, at + ".whatIf")
                    .requireText(c.then(), at + ".then").maxLength(c.then(), MAX_TEXT, at + ".then");
        }
    }

    /** A revision between meetings: outcomes by id with their support, and a note of what changed. */
    static Validation check(Plan revision) {
        Validation v = new Validation();
        v.require(!revision.outcomes().isEmpty(), "outcomes", "a plan has at least one outcome")
                .require(revision.nextReview() != null, "nextReview", "is required: when will the plan be reviewed?")
                .require(notBlank(revision.note()), "note", "say what changed in this version")
                .maxLength(revision.note(), MAX_TEXT, "note")
                .eventDate(revision.nextReview(), "nextReview");
        for (int i = 0; i < revision.outcomes().size(); i++) {
            v.requireText(revision.outcomes().get(i).outcomeId(), "outcomes[" + i + "].outcomeId");
            support(revision.outcomes().get(i).support(), "outcomes[" + i + "].support", v);
        }
        actions(revision.whoDoesWhat(), "whoDoesWhat", v);
        contingencies(revision.contingencies(), "contingencies", v);
        return v.ok() ? v.fitsStorage(revision, MAX_STORED, "plan") : v;
    }

    /** A view added to a plan: whose it is and what it says. */
    static Validation check(Plan.PlanView view) {
        return new Validation().requireText(view.view(), "view").maxLength(view.view(), MAX_TEXT, "view")
                .requireOneOf(view.whose(), Perspective.ROLES, "whose")
                .maxLength(view.name(), 200, "name")
                .oneOf(view.language(), Outcome.LANGUAGES, "language");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
