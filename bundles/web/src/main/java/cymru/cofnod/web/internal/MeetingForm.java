package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording a tripartite meeting: who was there with their views side by side under the Exchange Model's
 * headings, the outcomes agreed with the support towards each, a disagreement kept as one, the actions,
 * what to do if things go wrong, and the next review. A review meeting also says how each outcome of the
 * plan went. The form has a few rows of each; rows left empty are not sent.
 */
final class MeetingForm {

    static final int PARTIES = 4;
    static final int NEW_OUTCOMES = 2;
    static final int ACTIONS = 3;
    static final int CONTINGENCIES = 2;
    private static final List<String> VIEW = List.of("whatMatters", "whatIsWorking", "worries", "whatShouldHappen");

    /**
     * What the form sends: the API's JSON, and for each list of it the form's row (its fields' prefix) behind
     * each element, so that an error at {@code actions[1].due} lands on the row it came from.
     */
    record Sent(Map<String, Object> json, Map<String, List<String>> rows) {

        /** The form's field for an API field {@code list[i].rest}, or null. */
        String fieldFor(String field, Function<String, String> single) {
            Matcher at = ELEMENT.matcher(field);
            if (!at.matches()) {
                return null;
            }
            List<String> prefixes = rows.get(at.group(1));
            if (prefixes == null) {
                return single.apply(field);
            }
            if (prefixes.isEmpty()) {
                return null;
            }
            String prefix = at.group(2) == null ? prefixes.get(0) : prefixes.get(Math.min(Integer.parseInt(at.group(2)), prefixes.size() - 1));
            return prefix + "-" + inRow(prefix, at.group(3) == null ? "" : at.group(3));
        }

        private static String inRow(String prefix, String rest) {
            Matcher position = POSITION.matcher(rest);
            if (position.matches()) {
                return position.group(2) + (Integer.parseInt(position.group(1)) + 1);
            }
            String last = rest.substring(rest.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
            String first = FIRST_FIELD.get(prefix.substring(0, 1));
            return switch (last) {
                case "", "positions", "language", "outcomeId" -> first;
                case "view" -> "whatMatters";
                default -> last;
            };
        }
    }

    /** An API field {@code list[i].rest}, and a disagreement's {@code positions[j].party} or {@code .view}. */
    private static final Pattern ELEMENT = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(.*))?$");
    private static final Pattern POSITION = Pattern.compile("^positions\\[(\\d+)]\\.(party|view)$");

    /** The first field of each kind of row, by its letter: where an error about the row as a whole is shown. */
    private static final Map<String, String> FIRST_FIELD = Map.of("p", "name", "o", "agreed", "n", "ownWords", "d", "about",
            "a", "what", "c", "whatIf", "r", "result");

    /** GET meetings/new and POST meetings of a person's record. */
    void route(Visit v, JsonNode person, boolean post) throws IOException {
        String id = person.path("id").asText();
        ApiClient.Reply outcomes = v.api.get("/people/" + url(id) + "/outcomes?limit=50");
        ApiClient.Reply plans = v.api.get("/plans?person=" + url(id) + "&limit=1");
        if (!outcomes.ok() || !plans.ok()) {
            PersonPages.refused(v, outcomes.ok() ? plans : outcomes);
            return;
        }
        JsonNode plan = plans.json().path("items").path(0);
        if (!post) {
            form(v, person, outcomes.json().path("items"), plan, FormErrors.none());
            return;
        }
        Fields f = new Fields(v, FormErrors.none());
        Sent sent = body(v, f, person, outcomes.json().path("items"), plan);
        if (!f.errors().isEmpty()) {
            form(v, person, outcomes.json().path("items"), plan, f.errors());
            return;
        }
        ApiClient.Reply recorded = v.api.purpose("care-planning").post("/meetings", sent.json());
        if (recorded.ok()) {
            v.redirect("/people/" + url(id) + "/meetings");
        } else if (recorded.status() == 422 || recorded.status() == 400 || recorded.status() == 412) {
            form(v, person, outcomes.json().path("items"), plan, FormErrors.of(v.m, recorded,
                    field -> sent.fieldFor(field, single -> switch (single) {
                        case "heldOn", "nextReview", "language", "kind" -> single;
                        default -> single.startsWith("reviewOf") ? "kind" : null;
                    })));
        } else {
            PersonPages.refused(v, recorded);
        }
    }

    private static Sent body(Visit v, Fields f, JsonNode person, JsonNode outcomes, JsonNode plan) {
        Map<String, Object> b = new LinkedHashMap<>();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean review = v.param("kind").equals("review");
        b.put("personId", person.path("id").asText());
        b.put("kind", v.param("kind"));
        f.dateOf("heldOn").ifPresent(d -> b.put("heldOn", d.toString()));
        b.put("language", v.param("language").isEmpty() ? v.m.language() : v.param("language"));
        List<Object> parties = new ArrayList<>();
        for (int i = 1; i <= PARTIES; i++) {
            String p = "p" + i;
            if (filled(v, p, List.of("name", "whatMatters", "whatIsWorking", "worries", "whatShouldHappen"))) {
                Map<String, Object> view = new LinkedHashMap<>();
                VIEW.forEach(h -> putIfTyped(view, h, v.param(p + "-" + h)));
                Map<String, Object> party = new LinkedHashMap<>();
                party.put("name", v.param(p + "-name"));
                party.put("role", v.param(p + "-role"));
                putIfTyped(party, "agency", v.param(p + "-agency"));
                party.put("view", view);
                parties.add(party);
                row(rows, "parties", p);
            }
        }
        rows.putIfAbsent("parties", new ArrayList<>(List.of("p1")));
        b.put("parties", parties);
        List<Object> agreed = new ArrayList<>();
        rows.put("outcomesAgreed", new ArrayList<>());
        for (JsonNode o : outcomes) {
            String p = "o" + o.path("id").asText();
            if (v.param(p + "-agreed").equals("yes")) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("outcomeId", o.path("id").asText());
                a.put("support", support(v, p));
                agreed.add(a);
                row(rows, "outcomesAgreed", p);
            }
        }
        for (int i = 1; i <= NEW_OUTCOMES; i++) {
            String p = "n" + i;
            if (filled(v, p, List.of("ownWords", "what", "why"))) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("ownWords", v.param(p + "-ownWords"));
                a.put("type", v.param(p + "-type"));
                a.put("support", support(v, p));
                agreed.add(a);
                row(rows, "outcomesAgreed", p);
            }
        }
        if (rows.get("outcomesAgreed").isEmpty()) {
            rows.get("outcomesAgreed").add("n1");
        }
        b.put("outcomesAgreed", agreed);
        List<Object> disagreements = new ArrayList<>();
        if (filled(v, "d1", List.of("about", "view1", "view2"))) {
            List<Object> positions = new ArrayList<>();
            for (int j = 1; j <= 2; j++) {
                positions.add(Map.of("party", v.param("d1-party" + j), "view", v.param("d1-view" + j)));
            }
            disagreements.add(Map.of("about", v.param("d1-about"), "positions", positions));
            row(rows, "disagreements", "d1");
        }
        b.put("disagreements", disagreements);
        b.put("actions", actions(v, f, rows, "actions", "a", ACTIONS));
        b.put("contingencies", contingencies(v, rows, "contingencies", "c", CONTINGENCIES));
        f.dateOf("nextReview").ifPresent(d -> b.put("nextReview", d.toString()));
        if (review && !plan.isMissingNode()) {
            b.put("reviewOf", Map.of("planId", plan.path("id").asText(), "version", plan.path("version").asLong()));
            List<Object> results = new ArrayList<>();
            rows.put("results", new ArrayList<>());
            for (JsonNode o : plan.path("outcomes")) {
                String p = "r" + o.path("outcomeId").asText();
                if (!v.param(p + "-result").isEmpty() || !v.param(p + "-learnt").isEmpty()) {
                    results.add(Map.of("outcomeId", o.path("outcomeId").asText(), "result", v.param(p + "-result"),
                            "learnt", v.param(p + "-learnt")));
                    row(rows, "results", p);
                }
            }
            if (rows.get("results").isEmpty() && plan.path("outcomes").size() > 0) {
                rows.get("results").add("r" + plan.path("outcomes").path(0).path("outcomeId").asText());
            }
            b.put("results", results);
        }
        return new Sent(b, rows);
    }

    private static void row(Map<String, List<String>> rows, String list, String prefix) {
        rows.computeIfAbsent(list, k -> new ArrayList<>()).add(prefix);
    }

    static boolean filled(Visit v, String prefix, List<String> fields) {
        return fields.stream().anyMatch(name -> !v.param(prefix + "-" + name).isEmpty());
    }

    static void putIfTyped(Map<String, Object> map, String field, String value) {
        if (!value.isEmpty()) {
            map.put(field, value);
        }
    }

    /** The support agreed towards an outcome: one row, or none when nothing was typed. */
    static List<Object> support(Visit v, String prefix) {
        if (!filled(v, prefix, List.of("what", "why", "by"))) {
            return List.of();
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("what", v.param(prefix + "-what"));
        s.put("why", v.param(prefix + "-why"));
        putIfTyped(s, "by", v.param(prefix + "-by"));
        putIfTyped(s, "agency", v.param(prefix + "-agency"));
        return List.of(s);
    }

    /** The actions typed in rows {@code letter}1 to {@code letter}{@code count}. */
    static List<Object> actions(Visit v, Fields f, Map<String, List<String>> rows, String list, String letter, int count) {
        List<Object> actions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String p = letter + i;
            if (filled(v, p, List.of("what", "owner", "due-day"))) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("what", v.param(p + "-what"));
                a.put("owner", v.param(p + "-owner"));
                putIfTyped(a, "agency", v.param(p + "-agency"));
                f.dateOf(p + "-due").ifPresent(d -> a.put("due", d.toString()));
                actions.add(a);
                row(rows, list, p);
            }
        }
        return actions;
    }

    static List<Object> contingencies(Visit v, Map<String, List<String>> rows, String list, String letter, int count) {
        List<Object> contingencies = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String p = letter + i;
            if (filled(v, p, List.of("whatIf", "then"))) {
                contingencies.add(Map.of("whatIf", v.param(p + "-whatIf"), "then", v.param(p + "-then")));
                row(rows, list, p);
            }
        }
        return contingencies;
    }

    private void form(Visit v, JsonNode person, JsonNode outcomes, JsonNode plan, FormErrors errors) throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        String name = PersonPages.name(person);
        boolean hasPlan = !plan.isMissingNode();
        StringBuilder b = new StringBuilder("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
        b.append(f.radios("kind", m.t("meetingForm.kind"), null, hasPlan ? Fields.vocabulary(m, "meetingKind")
                        : Fields.vocabulary(m, "meetingKind", List.of("planning")), hasPlan ? "review" : "planning"))
                .append(f.date("heldOn", m.t("meetingForm.heldOn"), m.t("form.dateHint")))
                .append(RecordForms.languageChoice(f, m)).append("</div></div>");

        b.append("<h2 class=\"govuk-heading-l\">").append(m.h("meeting.views")).append("</h2><p class=\"govuk-body\">")
                .append(m.h("meetingForm.partiesIntro")).append("</p><div class=\"govuk-grid-row\">");
        for (int i = 1; i <= PARTIES; i++) {
            String p = "p" + i;
            b.append("<div class=\"govuk-grid-column-one-half\"><fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">")
                    .append(m.h("meetingForm.party", i)).append("</legend>")
                    .append(f.input(p + "-name", m.t("meetingForm.partyName"), null, "",
                            i == 1 ? name : i == 2 ? v.session.user() : ""))
                    .append(f.radios(p + "-role", m.t("meetingForm.partyRole"), null, Fields.vocabulary(m, "partyRole"),
                            i == 1 ? "person" : i == 2 ? "practitioner" : null))
                    .append(agencySelect(v, f, p + "-agency", i == 2 ? v.session.agency() : ""));
            for (String h : VIEW) {
                b.append(f.textarea(p + "-" + h, Vocabulary.label(m, "exchange", h), null, 3));
            }
            b.append("</fieldset></div>");
            if (i % 2 == 0) {
                b.append("</div><div class=\"govuk-grid-row\">");
            }
        }
        b.append("</div>");

        b.append("<h2 class=\"govuk-heading-l\">").append(m.h("meeting.agreed")).append("</h2><div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
        if (hasPlan) {
            b.append("<h3 class=\"govuk-heading-m\">").append(m.h("meetingForm.results")).append("</h3>");
            for (JsonNode o : plan.path("outcomes")) {
                String p = "r" + o.path("outcomeId").asText();
                b.append(quoted(o)).append(f.radios(p + "-result", m.t("review.result"), null, Fields.vocabulary(m, "reviewResult"), null))
                        .append(f.textarea(p + "-learnt", m.t("review.learnt"), null, 2));
            }
        }
        for (JsonNode o : outcomes) {
            String p = "o" + o.path("id").asText();
            b.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
                    .append(quoted(o)).append("</legend>")
                    .append(f.checkboxes(p + "-agreed", m.t("meetingForm.agreedHere"), null,
                            List.of(new Fields.Choice("yes", m.t("meetingForm.agreedYes"), null)), List.of()))
                    .append(supportFields(v, f, p)).append("</fieldset>");
        }
        for (int i = 1; i <= NEW_OUTCOMES; i++) {
            String p = "n" + i;
            b.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
                    .append(m.h("meetingForm.newOutcome", i)).append("</legend>")
                    .append(f.textarea(p + "-ownWords", m.t("outcome.ownWords", name), m.t("outcome.ownWordsHint"), 3))
                    .append(f.radios(p + "-type", m.t("outcome.type"), null, Fields.vocabulary(m, "outcomeType"), "change"))
                    .append(supportFields(v, f, p)).append("</fieldset>");
        }
        b.append("<h2 class=\"govuk-heading-l\">").append(m.h("meeting.disagreed")).append("</h2><p class=\"govuk-body\">")
                .append(m.h("meetingForm.disagreementIntro")).append("</p>")
                .append(f.input("d1-about", m.t("meetingForm.about"), null));
        for (int j = 1; j <= 2; j++) {
            b.append(f.input("d1-party" + j, m.t("meetingForm.whoseView", j), m.t("meetingForm.whoseViewHint")))
                    .append(f.textarea("d1-view" + j, m.t("meetingForm.position"), null, 2));
        }
        b.append("<h2 class=\"govuk-heading-l\">").append(m.h("plan.whoDoesWhat")).append("</h2>")
                .append(actionFields(v, f, "a", ACTIONS))
                .append("<h2 class=\"govuk-heading-l\">").append(m.h("plan.contingencies")).append("</h2>")
                .append(contingencyFields(v, f, "c", CONTINGENCIES))
                .append(f.date("nextReview", m.t("meetingForm.nextReview"), m.t("form.dateHint")))
                .append("</div></div>");
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, name, m.t("meetingForm.title"), errors,
                "/people/" + url(person.path("id").asText()) + "/meetings/new", b.toString()));
    }

    private static String quoted(JsonNode outcome) {
        return "“<span lang=\"" + esc(outcome.path("language").asText()) + "\">" + esc(outcome.path("ownWords").asText()) + "</span>”";
    }

    static String agencySelect(Visit v, Fields f, String name, String preset) {
        return f.select(name, v.m.t("meetingForm.agency"), Fields.vocabulary(v.m, "agency"), preset);
    }

    /** The support towards one outcome: what, why, by whom and for which agency. */
    static String supportFields(Visit v, Fields f, String p) {
        Messages m = v.m;
        return f.input(p + "-what", m.t("meetingForm.supportWhat"), null) + f.input(p + "-why", m.t("meetingForm.supportWhy"), null)
                + f.input(p + "-by", m.t("meetingForm.supportBy"), null) + agencySelect(v, f, p + "-agency", "");
    }

    static String actionFields(Visit v, Fields f, String letter, int count) {
        Messages m = v.m;
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String p = letter + i;
            b.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
                    .append(m.h("meetingForm.action", i)).append("</legend>")
                    .append(f.input(p + "-what", m.t("plan.what"), null)).append(f.input(p + "-owner", m.t("plan.who"), null))
                    .append(agencySelect(v, f, p + "-agency", "")).append(f.date(p + "-due", m.t("plan.due"), m.t("form.dateHint")))
                    .append("</fieldset>");
        }
        return b.toString();
    }

    static String contingencyFields(Visit v, Fields f, String letter, int count) {
        Messages m = v.m;
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String p = letter + i;
            b.append(f.input(p + "-whatIf", m.t("meetingForm.whatIf", i), null)).append(f.input(p + "-then", m.t("meetingForm.then"), null));
        }
        return b.toString();
    }
}
