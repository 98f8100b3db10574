package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is due (`GET /due`): the practitioner's reviews, actions, consent and emergency access ending and their
 * agency's quarantined items, each with a link to where the work is done; on its own page, and at the top of the
 * caseload they land on.
 */
final class DuePages {

    /** The windows offered, in days; the first is the landing page's. */
    private static final List<String> WINDOWS = List.of("P14D", "P7D", "P28D", "P92D");
    /** The most people named on one page: each name is one read of their details. */
    private static final int NAMED = 50;
    /** How many the landing page shows before "see all". */
    private static final int ON_LANDING = 5;

    /** The page of its own, with the window chosen. */
    void show(Visit v) throws IOException {
        Messages m = v.m;
        String within = WINDOWS.contains(v.param("within")) ? v.param("within") : WINDOWS.get(0);
        ApiClient.Reply due = v.api.get("/due?within=" + within);
        if (!due.ok()) {
            PersonPages.refused(v, due);
            return;
        }
        StringBuilder options = new StringBuilder();
        for (String w : WINDOWS) {
            options.append("<option value=\"").append(w).append('"').append(w.equals(within) ? " selected" : "")
                    .append('>').append(m.h("due.within", w.substring(1, w.length() - 1))).append("</option>");
        }
        v.html(200, Layout.page(v, m.t("due.title"), """
                <h1 class="govuk-heading-l">%s</h1>
                <form method="get" action="%s/due" class="govuk-!-margin-bottom-6">
                <div class="govuk-form-group"><label class="govuk-label" for="within">%s</label>
                <select class="govuk-select" id="within" name="within">%s</select></div>
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">%s</button>
                </form>
                %s""".formatted(m.h("due.title"), Visit.ROOT, m.h("due.window"), options, m.h("due.show"),
                list(v, due.json().path("items"), Integer.MAX_VALUE))));
    }

    /** The landing page's part: the soonest few in the first window, and a link to them all. */
    static String onLanding(Visit v) {
        ApiClient.Reply due = v.api.get("/due?within=" + WINDOWS.get(0));
        if (!due.ok()) {
            return "";
        }
        JsonNode items = due.json().path("items");
        String all = items.size() > ON_LANDING ? "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + Visit.ROOT
                + "/due\">" + v.m.h("due.all", items.size()) + "</a></p>" : "";
        return "<h2 class=\"govuk-heading-m\">" + v.m.h("due.soon") + "</h2>\n" + list(v, items, ON_LANDING) + all;
    }

    private static String list(Visit v, JsonNode items, int most) {
        Messages m = v.m;
        if (items.isEmpty()) {
            return "<p class=\"govuk-body\">" + m.h("due.nothing") + "</p>\n";
        }
        Map<String, String> names = new HashMap<>();
        StringBuilder rows = new StringBuilder();
        int shown = 0;
        for (JsonNode item : items) {
            if (shown++ >= most) {
                break;
            }
            String personId = item.path("personId").asText("");
            String name = personId.isEmpty() ? "" : names.computeIfAbsent(personId, id -> nameOf(v, id, names.size()));
            rows.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(when(m, item))
                    .append("</td><td class=\"govuk-table__cell\">").append(work(m, item, name))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(item.path("owner").asText("")))
                    .append(item.path("agency").isMissingNode() ? "" : " " + esc("(" + Vocabulary.label(m, "agency",
                            item.path("agency").asText()) + ")"))
                    .append("</td></tr>\n");
        }
        return Layout.scrolling(m.t("due.title"), """
                <table class="govuk-table">
                <thead class="govuk-table__head"><tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                </tr></thead>
                <tbody class="govuk-table__body">
                %s</tbody></table>
                """.formatted(m.h("due.when"), m.h("due.what"), m.h("due.who"), rows));
    }

    /** A date, or a date and time, and "overdue" when it has passed. */
    private static String when(Messages m, JsonNode item) {
        String text;
        boolean overdue;
        if (item.hasNonNull("dueOn")) {
            LocalDate on = LocalDate.parse(item.path("dueOn").asText());
            text = RecordPages.day(m, on.toString());
            overdue = on.isBefore(LocalDate.now(RecordPages.WALES));
        } else {
            text = RecordPages.dateTime(m, item.path("dueAt").asText());
            // an item waits in quarantine since it came: that is not lateness
            overdue = Instant.parse(item.path("dueAt").asText()).isBefore(Instant.now())
                    && !"quarantined".equals(item.path("kind").asText());
        }
        return esc(text) + (overdue ? " <strong class=\"govuk-tag govuk-tag--red\">" + m.h("due.overdue") + "</strong>" : "");
    }

    /** What the work is, linked to the page where it is done. */
    private static String work(Messages m, JsonNode item, String name) {
        String person = Visit.ROOT + "/people/" + esc(url(item.path("personId").asText("")));
        String what = esc(item.path("what").asText(""));
        return switch (item.path("kind").asText()) {
            case "plan-review" -> link(person + "/meetings/new", m.h("due.planReview", name));
            case "action" -> link(person + "/meetings", m.h("due.action", name)) + ": " + what;
            case "consent-ending" -> link(person + "/consents", m.h("due.consentEnding", name));
            case "break-glass-ending" -> link(person, m.h("due.breakGlassEnding", name));
            case "quarantined" -> m.h("due.quarantined", item.path("about").asText("")) + ": " + what;
            default -> what;
        };
    }

    private static String link(String href, String textHtml) {
        return "<a class=\"govuk-link\" href=\"" + href + "\">" + textHtml + "</a>";
    }

    /** The person's name as the reader may see it; past {@link #NAMED} people, or when it cannot be read, none. */
    private static String nameOf(Visit v, String personId, int alreadyNamed) {
        if (alreadyNamed >= NAMED) {
            return v.m.t("due.someone");
        }
        ApiClient.Reply person = v.api.get("/people/" + url(personId));
        return person.ok() ? PersonPages.name(person.json()) : v.m.t("due.someone");
    }
}
