package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * The commissioners' reports: de-identified counts by NOF domain, national statement or their own
 * personalised statements, as a chart and a table, with people's consented words beside the numbers.
 */
final class ReportPages {

    private static final List<String> CUTS = Vocabulary.SETS.get("reportCut");
    private static final List<String> BREAKDOWNS = Vocabulary.SETS.get("reportBy");
    private static final int BAR_WIDTH = 420;

    void show(Visit v) throws IOException {
        Messages m = v.m;
        String cut = CUTS.contains(v.param("cut")) ? v.param("cut") : "domain";
        String by = BREAKDOWNS.contains(v.param("by")) ? v.param("by") : "";
        ApiClient.Reply reply = v.api.get("/reports/by-domain?cut=" + cut + (by.isEmpty() ? "" : "&by=" + by)
                + "&lang=" + m.language());
        if (!reply.ok()) {
            PersonPages.refused(v, reply);
            return;
        }
        JsonNode report = reply.json();
        long most = 1;
        for (JsonNode row : report.path("rows")) {
            most = Math.max(most, row.path("people").asLong(0));
        }
        StringBuilder rows = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        int i = 0;
        for (JsonNode row : report.path("rows")) {
            String label = row.path("label").asText(row.path("code").asText())
                    + (row.hasNonNull("breakdown") ? " – " + breakdown(m, by, row.path("breakdown").asText()) : "");
            String people = row.path("people").asText();
            String outcomes = row.path("outcomes").asText();
            rows.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">").append(esc(label))
                    .append("</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(esc(people))
                    .append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(esc(outcomes)).append("</td></tr>\n");
            long width = row.path("people").isNumber() ? row.path("people").asLong() * BAR_WIDTH / most : 0;
            int y = i++ * 28;
            bars.append("<text class=\"cofnod-chart__label\" x=\"0\" y=\"").append(y + 18).append("\">").append(esc(shorten(label)))
                    .append("</text><rect class=\"cofnod-chart__point\" x=\"260\" y=\"").append(y + 4).append("\" height=\"18\" width=\"")
                    .append(width).append("\"/><text class=\"cofnod-chart__label\" x=\"").append(266 + width).append("\" y=\"")
                    .append(y + 18).append("\">").append(esc(people)).append("</text>");
        }
        StringBuilder stories = new StringBuilder();
        for (JsonNode story : report.path("stories")) {
            stories.append("<blockquote class=\"govuk-inset-text\" lang=\"").append(esc(story.path("language").asText(m.language())))
                    .append("\">“").append(esc(story.path("words").asText())).append("”</blockquote>");
        }
        String chart = i == 0 ? "" : """
                <svg class="cofnod-chart" viewBox="0 0 %d %d" role="img" aria-labelledby="report-caption">%s</svg>
                """.formatted(260 + BAR_WIDTH + 60, i * 28 + 8, bars);
        v.html(200, Layout.page(v, m.t("reports.title"), """
                <h1 class="govuk-heading-xl">%s</h1>
                <p class="govuk-body">%s</p>
                <form method="get" action="%s/reports" class="govuk-!-margin-bottom-6">
                %s
                <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="by">%s</label>
                <select class="govuk-select" id="by" name="by">%s</select></div>
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">%s</button>
                </form>
                %s
                <div class="cofnod-scroll" role="region" aria-labelledby="report-caption" tabindex="0">
                <table class="govuk-table">
                <caption id="report-caption" class="govuk-table__caption govuk-table__caption--m">%s</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">%s</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">%s</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">%s</th>
                </tr></thead>
                <tbody class="govuk-table__body">
                %s</tbody>
                <tfoot><tr class="govuk-table__row"><th scope="row" class="govuk-table__header">%s</th>
                <td class="govuk-table__cell govuk-table__cell--numeric">%s</td><td class="govuk-table__cell govuk-table__cell--numeric">%s</td></tr></tfoot>
                </table></div>
                <p class="govuk-body-s">%s</p>
                %s
                """.formatted(m.h("reports.title"), m.h("reports.intro"), Visit.ROOT,
                new Fields(v, FormErrors.none()).radios("cut", m.t("reports.cut"), null, Fields.vocabulary(m, "reportCut"),
                        Vocabulary.SETS.get("reportCut").get(0)), m.h("reports.by"), options(v, by),
                m.h("reports.show"), chart, esc(Vocabulary.label(m, "reportCut", cut)), m.h("reports.group"), m.h("reports.people"),
                m.h("reports.outcomes"), rows.isEmpty() ? "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"3\">"
                + m.h("reports.none") + "</td></tr>" : rows, m.h("reports.total"), esc(report.path("total").path("people").asText()),
                esc(report.path("total").path("outcomes").asText()), m.h("reports.suppression"),
                stories.isEmpty() ? "" : "<h2 class=\"govuk-heading-m\">" + m.h("reports.stories") + "</h2>" + stories)));
    }

    private static String options(Visit v, String by) {
        StringBuilder b = new StringBuilder("<option value=\"\">").append(v.m.h("reports.byNothing")).append("</option>");
        for (String value : BREAKDOWNS) {
            b.append("<option value=\"").append(value).append('"').append(value.equals(by) ? " selected" : "").append('>')
                    .append(esc(Vocabulary.label(v.m, "reportBy", value))).append("</option>");
        }
        return b.toString();
    }

    /** A breakdown's value in words: an agency's or a type's name, a review result; a period as it is. */
    private static String breakdown(Messages m, String by, String value) {
        return switch (by) {
            case "agency" -> Vocabulary.label(m, "agency", value);
            case "type" -> Vocabulary.label(m, "outcomeType", value);
            case "reviewResult" -> "none".equals(value) ? m.t("reports.notReviewed") : Vocabulary.label(m, "reviewResult", value);
            default -> value;
        };
    }

    private static String shorten(String label) {
        return label.length() <= 38 ? label : label.substring(0, 37) + "…";
    }
}
