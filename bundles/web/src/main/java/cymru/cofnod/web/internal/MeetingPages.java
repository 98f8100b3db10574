package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Meetings and plans: the person's plan as it stands, and each tripartite meeting with every party's
 * view side by side under the Exchange Model's headings, what was agreed and what was not.
 */
final class MeetingPages {

    private static final String[] VIEW_HEADINGS = {"whatMatters", "whatIsWorking", "worries", "whatShouldHappen"};

    void show(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        String id = person.path("id").asText();
        ApiClient.Reply plans = v.api.get("/plans?person=" + url(id) + "&limit=1");
        ApiClient.Reply meetings = v.api.get("/meetings?person=" + url(id) + "&limit=20");
        if (!plans.ok() || !meetings.ok()) {
            PersonPages.refused(v, plans.ok() ? meetings : plans);
            return;
        }
        StringBuilder body = new StringBuilder("<h2 class=\"govuk-heading-l\">").append(m.h("plan.title")).append("</h2>");
        JsonNode plan = plans.json().path("items").path(0);
        String base = Visit.ROOT + "/people/" + esc(url(id));
        if (plan.isMissingNode()) {
            body.append("<p class=\"govuk-body\">").append(m.h("plan.none")).append("</p>");
        } else {
            body.append("<div class=\"govuk-button-group\">")
                    .append(v.session.is("practitioner") ? "<a class=\"govuk-button govuk-button--secondary\" href=\"" + base
                            + "/plan/revise\">" + m.h("planForm.title") + "</a>" : "")
                    .append("<a class=\"govuk-link\" href=\"").append(base).append("/plan/print\">").append(m.h("plan.print"))
                    .append("</a></div>").append(plan(m, plan));
        }
        body.append(ConsentPages.withheld(v, meetings.json(), id))
                .append("<h2 class=\"govuk-heading-l\">").append(m.h("meeting.title")).append("</h2>");
        if (meetings.json().path("items").isEmpty()) {
            body.append("<p class=\"govuk-body\">").append(m.h("meeting.none")).append("</p>");
        }
        for (JsonNode meeting : meetings.json().path("items")) {
            body.append(meeting(m, meeting));
        }
        v.html(200, Layout.page(v, m.t("record.meetings") + " – " + PersonPages.name(person),
                RecordPages.header(v, person, "/meetings") + body));
    }

    /** The plan: each outcome in the person's words with the support towards it, who does what, and what if. */
    static String plan(Messages m, JsonNode plan) {
        String language = plan.path("language").asText(null);
        StringBuilder b = new StringBuilder("<p class=\"govuk-body\">").append(m.h("plan.nextReview",
                plan.hasNonNull("nextReview") ? RecordPages.day(m, plan.path("nextReview").asText()) : "–")).append("</p>");
        for (JsonNode o : plan.path("outcomes")) {
            b.append("<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\" lang=\"")
                    .append(esc(o.path("language").asText(m.language()))).append("\">“").append(esc(o.path("ownWords").asText()))
                    .append("”</h3></div><div class=\"govuk-summary-card__content\"><ul class=\"govuk-list govuk-list--bullet\">");
            for (JsonNode s : o.path("support")) {
                String by = s.path("by").asText("") + (s.hasNonNull("agency") ? ", " + Vocabulary.label(m, "agency", s.path("agency").asText()) : "");
                b.append("<li>").append(m.html("plan.support", Html.inLanguage(s.path("what").asText(), language), esc(by),
                        Html.inLanguage(s.path("why").asText(), language))).append("</li>");
            }
            b.append("</ul></div></div>");
        }
        StringBuilder contingencies = new StringBuilder();
        plan.path("contingencies").forEach(c -> contingencies.append(contingency(m, c, language)));
        return b.append(actions(m, plan.path("whoDoesWhat"), language)).append(contingencies.isEmpty() ? "" : "<h3 class=\"govuk-heading-s\">"
                + m.h("plan.contingencies") + "</h3><ul class=\"govuk-list govuk-list--bullet\">" + contingencies + "</ul>").toString();
    }

    /** "If ...: ...", each what-if and its answer in the plan's language. */
    static String contingency(Messages m, JsonNode c, String language) {
        return "<li>" + m.html("plan.ifThen", Html.inLanguage(c.path("whatIf").asText(), language),
                Html.inLanguage(c.path("then").asText(), language)) + "</li>";
    }

    static String meeting(Messages m, JsonNode meeting) {
        String language = meeting.path("language").asText(null);
        StringBuilder head = new StringBuilder("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"></td>");
        for (JsonNode party : meeting.path("parties")) {
            head.append("<th scope=\"col\" class=\"govuk-table__header\">").append(esc(party.path("name").asText()))
                    .append("<br><span class=\"govuk-body-s\">").append(esc(Vocabulary.label(m, "partyRole", party.path("role").asText())))
                    .append(party.hasNonNull("agency") ? ", " + esc(Vocabulary.label(m, "agency", party.path("agency").asText())) : "")
                    .append("</span></th>");
        }
        head.append("</tr>");
        StringBuilder rows = new StringBuilder();
        for (String heading : VIEW_HEADINGS) {
            rows.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                    .append(esc(Vocabulary.label(m, "exchange", heading))).append("</th>");
            for (JsonNode party : meeting.path("parties")) {
                JsonNode view = party.path("view");
                rows.append("<td class=\"govuk-table__cell\" lang=\"").append(esc(view.path("language").asText(meeting.path("language").asText(m.language()))))
                        .append("\">").append(esc(view.path(heading).asText(""))).append("</td>");
            }
            rows.append("</tr>");
        }
        StringBuilder agreed = new StringBuilder();
        for (JsonNode o : meeting.path("outcomesAgreed")) {
            agreed.append("<li lang=\"").append(esc(o.path("language").asText(m.language()))).append("\">“")
                    .append(esc(o.path("ownWords").asText())).append("”</li>");
        }
        StringBuilder disagreed = new StringBuilder();
        for (JsonNode d : meeting.path("disagreements")) {
            disagreed.append("<li><strong>").append(Html.inLanguage(d.path("about").asText(), language)).append("</strong><ul class=\"govuk-list\">");
            d.path("positions").forEach(p -> disagreed.append("<li>").append(esc(p.path("party").asText())).append(": ")
                    .append(Html.inLanguage(p.path("view").asText(), language)).append("</li>"));
            disagreed.append("</ul></li>");
        }
        return """
                <section class="govuk-!-margin-bottom-9" lang="%s">
                <h3 class="govuk-heading-m">%s</h3>
                %s
                <h4 class="govuk-heading-s">%s</h4><ul class="govuk-list govuk-list--bullet">%s</ul>
                <h4 class="govuk-heading-s">%s</h4><ul class="govuk-list">%s</ul>
                %s
                </section>
                """.formatted(esc(m.language()), esc(m.t("meeting.heading", Vocabulary.label(m, "meetingKind", meeting.path("kind").asText()),
                RecordPages.day(m, meeting.path("heldOn").asText()))), Layout.scrolling(m.t("meeting.views"), """
                <table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--s">%s</caption>
                <thead class="govuk-table__head">%s</thead><tbody class="govuk-table__body">%s</tbody></table>
                """.formatted(m.h("meeting.views"), head, rows)), m.h("meeting.agreed"), agreed,
                m.h("meeting.disagreed"), disagreed.isEmpty() ? "<li>" + m.h("meeting.noDisagreement") + "</li>" : disagreed,
                actions(m, meeting.path("actions"), language));
    }

    private static String actions(Messages m, JsonNode actions, String language) {
        if (actions.isEmpty()) {
            return "";
        }
        StringBuilder rows = new StringBuilder();
        for (JsonNode a : actions) {
            rows.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(Html.inLanguage(a.path("what").asText(), language))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(a.path("owner").asText()))
                    .append(a.hasNonNull("agency") ? ", " + esc(Vocabulary.label(m, "agency", a.path("agency").asText())) : "")
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(a.hasNonNull("due") ? RecordPages.day(m, a.path("due").asText()) : ""))
                    .append("</td></tr>");
        }
        return Layout.scrolling(m.t("plan.whoDoesWhat"), """
                <table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--s">%s</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">%s</th>
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th></tr></thead>
                <tbody class="govuk-table__body">%s</tbody></table>
                """.formatted(m.h("plan.whoDoesWhat"), m.h("plan.what"), m.h("plan.who"), m.h("plan.due"), rows));
    }
}
