package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's current plan: revised between meetings (the support towards each outcome, who does what,
 * what if, the next review, and a note of what changed), and printed with names, the date, who was at the
 * meeting and the agencies' names rather than their codes.
 */
final class PlanPages {

    private static final Pattern SUPPORT = Pattern.compile("^outcomes\\[(\\d+)](?:\\.support\\[(\\d+)]\\.(\\w+))?.*$");

    /** GET and POST plan/revise. */
    void revise(Visit v, JsonNode person, boolean post) throws IOException {
        JsonNode plan = current(v, person);
        if (plan == null) {
            return;
        }
        if (!post) {
            revisionForm(v.sent("note") ? v : v.withDraft(asTyped(plan)), person, plan, FormErrors.none());
            return;
        }
        Fields f = new Fields(v, FormErrors.none());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        List<Object> outcomes = new ArrayList<>();
        JsonNode planOutcomes = plan.path("outcomes");
        for (int i = 0; i < planOutcomes.size(); i++) {
            List<Object> support = new ArrayList<>();
            for (int j = 0; j <= planOutcomes.path(i).path("support").size(); j++) {
                String p = "o" + i + "s" + j;
                if (MeetingForm.filled(v, p, List.of("what", "why", "by"))) {
                    support.addAll(MeetingForm.support(v, p));
                    rows.computeIfAbsent("o" + i, k -> new ArrayList<>()).add(p);
                }
            }
            outcomes.add(Map.of("outcomeId", planOutcomes.path(i).path("outcomeId").asText(), "support", support));
        }
        body.put("outcomes", outcomes);
        body.put("whoDoesWhat", MeetingForm.actions(v, f, rows, "whoDoesWhat", "a", plan.path("whoDoesWhat").size() + 1));
        body.put("contingencies", MeetingForm.contingencies(v, rows, "contingencies", "c", plan.path("contingencies").size() + 1));
        f.dateOf("nextReview").ifPresent(d -> body.put("nextReview", d.toString()));
        body.put("note", v.param("note"));
        if (!f.errors().isEmpty()) {
            revisionForm(v, person, plan, f.errors());
            return;
        }
        ApiClient.Reply revised = v.api.purpose("care-planning").put("/plans/" + url(plan.path("id").asText()), body,
                plan.path("version").asLong());
        if (revised.ok()) {
            v.redirect("/people/" + url(person.path("id").asText()) + "/meetings");
        } else if (revised.status() == 422 || revised.status() == 400 || revised.status() == 412) {
            MeetingForm.Sent sent = new MeetingForm.Sent(body, rows);
            revisionForm(v, person, plan, FormErrors.of(v.m, revised, field -> {
                Matcher s = SUPPORT.matcher(field);
                if (s.matches()) {
                    List<String> filled = rows.getOrDefault("o" + s.group(1), List.of());
                    int j = s.group(2) == null ? 0 : Integer.parseInt(s.group(2));
                    return j < filled.size() ? filled.get(j) + "-" + s.group(3) : "o" + s.group(1) + "s0-what";
                }
                return sent.fieldFor(field, single -> single.equals("nextReview") || single.equals("note") ? single : null);
            }));
        } else {
            PersonPages.refused(v, revised);
        }
    }

    /** The person's current plan, or null when there is none (said) or it could not be read (said). */
    private static JsonNode current(Visit v, JsonNode person) throws IOException {
        ApiClient.Reply plans = v.api.get("/plans?person=" + url(person.path("id").asText()) + "&limit=1");
        if (!plans.ok()) {
            PersonPages.refused(v, plans);
            return null;
        }
        JsonNode plan = plans.json().path("items").path(0);
        if (plan.isMissingNode()) {
            Pages.problem(v, 404, "error.notFound");
            return null;
        }
        return plan;
    }

    /** The plan as the form's fields, to revise it from. */
    private static Map<String, String[]> asTyped(JsonNode plan) {
        Map<String, String[]> typed = new LinkedHashMap<>();
        JsonNode outcomes = plan.path("outcomes");
        for (int i = 0; i < outcomes.size(); i++) {
            JsonNode support = outcomes.path(i).path("support");
            for (int j = 0; j < support.size(); j++) {
                String p = "o" + i + "s" + j;
                for (String field : List.of("what", "why", "by", "agency")) {
                    typed.put(p + "-" + field, new String[] {support.path(j).path(field).asText("")});
                }
            }
        }
        JsonNode actions = plan.path("whoDoesWhat");
        for (int i = 0; i < actions.size(); i++) {
            String p = "a" + (i + 1);
            for (String field : List.of("what", "owner", "agency")) {
                typed.put(p + "-" + field, new String[] {actions.path(i).path(field).asText("")});
            }
            putDate(typed, p + "-due", actions.path(i).path("due").asText(""));
        }
        JsonNode contingencies = plan.path("contingencies");
        for (int i = 0; i < contingencies.size(); i++) {
            typed.put("c" + (i + 1) + "-whatIf", new String[] {contingencies.path(i).path("whatIf").asText("")});
            typed.put("c" + (i + 1) + "-then", new String[] {contingencies.path(i).path("then").asText("")});
        }
        putDate(typed, "nextReview", plan.path("nextReview").asText(""));
        return typed;
    }

    private static void putDate(Map<String, String[]> typed, String name, String isoDate) {
        if (!isoDate.isEmpty()) {
            LocalDate d = LocalDate.parse(isoDate);
            typed.put(name + "-day", new String[] {Integer.toString(d.getDayOfMonth())});
            typed.put(name + "-month", new String[] {Integer.toString(d.getMonthValue())});
            typed.put(name + "-year", new String[] {Integer.toString(d.getYear())});
        }
    }

    private void revisionForm(Visit v, JsonNode person, JsonNode plan, FormErrors errors) throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        StringBuilder b = new StringBuilder("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">");
        JsonNode outcomes = plan.path("outcomes");
        for (int i = 0; i < outcomes.size(); i++) {
            JsonNode o = outcomes.path(i);
            b.append("<h2 class=\"govuk-heading-m\">“<span lang=\"").append(esc(o.path("language").asText(m.language()))).append("\">")
                    .append(esc(o.path("ownWords").asText())).append("</span>”</h2>");
            for (int j = 0; j <= o.path("support").size(); j++) {
                b.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
                        .append(m.h("planForm.support", j + 1)).append("</legend>")
                        .append(MeetingForm.supportFields(v, f, "o" + i + "s" + j)).append("</fieldset>");
            }
        }
        b.append("<h2 class=\"govuk-heading-l\">").append(m.h("plan.whoDoesWhat")).append("</h2>")
                .append(MeetingForm.actionFields(v, f, "a", plan.path("whoDoesWhat").size() + 1))
                .append("<h2 class=\"govuk-heading-l\">").append(m.h("plan.contingencies")).append("</h2>")
                .append(MeetingForm.contingencyFields(v, f, "c", plan.path("contingencies").size() + 1))
                .append(f.date("nextReview", m.t("meetingForm.nextReview"), m.t("form.dateHint")))
                .append(f.textarea("note", m.t("planForm.note"), m.t("planForm.noteHint"), 3))
                .append("</div></div>");
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, PersonPages.name(person), m.t("planForm.title"), errors,
                "/people/" + url(person.path("id").asText()) + "/plan/revise", b.toString()));
    }

    /** The plan to print: the person's name, when it was agreed and by whom, the agencies by name. */
    void print(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        JsonNode plan = current(v, person);
        if (plan == null) {
            return;
        }
        ApiClient.Reply meeting = v.api.purpose("care-planning").get("/meetings/" + url(plan.path("meetingId").asText()));
        StringBuilder attended = new StringBuilder();
        if (meeting.ok()) {
            for (JsonNode party : meeting.json().path("parties")) {
                attended.append("<li>").append(esc(party.path("name").asText())).append(", ")
                        .append(esc(Vocabulary.label(m, "partyRole", party.path("role").asText())))
                        .append(party.hasNonNull("agency") ? ", " + esc(Vocabulary.label(m, "agency", party.path("agency").asText())) : "")
                        .append("</li>");
            }
        }
        String held = meeting.ok() ? RecordPages.day(m, meeting.json().path("heldOn").asText()) : "";
        StringBuilder contingencies = new StringBuilder();
        plan.path("contingencies").forEach(c -> contingencies.append(MeetingPages.contingency(m, c,
                plan.path("language").asText(null))));
        v.html(200, Layout.page(v, m.t("plan.printTitle", PersonPages.name(person)), """
                <h1 class="govuk-heading-xl">%s</h1>
                <dl class="govuk-summary-list">%s%s%s%s</dl>
                <h2 class="govuk-heading-m">%s</h2><ul class="govuk-list govuk-list--bullet">%s</ul>
                %s
                <h2 class="govuk-heading-m">%s</h2><ul class="govuk-list govuk-list--bullet">%s</ul>
                <p class="govuk-body govuk-!-display-none-print"><a class="govuk-link" href="%s/people/%s/meetings">%s</a></p>
                """.formatted(m.h("plan.printTitle", PersonPages.name(person)),
                PersonPages.row(m.h("person.name"), esc(PersonPages.name(person))),
                PersonPages.row(m.h("person.dateOfBirth"), esc(RecordPages.day(m, person.path("dateOfBirth").asText("")))),
                PersonPages.row(m.h("plan.agreedOn"), esc(held)),
                PersonPages.row(m.h("plan.nextReviewLabel"), esc(RecordPages.day(m, plan.path("nextReview").asText("")))),
                m.h("plan.attended"), attended, MeetingPages.plan(m, plan), m.h("plan.contingencies"),
                contingencies.isEmpty() ? "<li>" + m.h("plan.noContingencies") + "</li>" : contingencies,
                Visit.ROOT, esc(url(person.path("id").asText())), m.h("plan.back"))));
    }
}
