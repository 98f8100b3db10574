package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;

/**
 * The commissioners' reports: de-identified counts by NOF domain, national statement or their own
 * personalised statements, filtered by period and agency, as a chart and a table (and the table as CSV, from the
 * API, suppressed the same way), with people's consented words beside the numbers.
 */
final class ReportPages {

    private static final List<String> CUTS = Vocabulary.SETS.get("reportCut");
    private static final List<String> BREAKDOWNS = Vocabulary.SETS.get("reportBy");
    private static final List<String> AGENCIES = Vocabulary.SETS.get("agency");

    void show(Visit v) throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, FormErrors.none());
        String query = query(v, f);
        if (!f.errors().isEmpty()) {
            page(v, f, MissingNode.getInstance(), query);
            return;
        }
        ApiClient.Reply reply = v.api.get("/reports/by-domain?" + query + "&lang=" + m.language());
        if (reply.ok()) {
            page(v, f, reply.json(), query);
        } else if (reply.status() == 422 || reply.status() == 400) {
            page(v, new Fields(v, FormErrors.of(m, reply, ReportPages::filterField)), MissingNode.getInstance(), query);
        } else {
            PersonPages.refused(v, reply);
        }
    }

    /** GET /reports.csv: the table shown, with the same filters, as the API gives it (UTF-8 with a byte order mark). */
    void csv(Visit v) throws IOException {
        Fields f = new Fields(v, FormErrors.none());
        String query = query(v, f);
        ApiClient.Download csv = f.errors().isEmpty() ? v.api.download("/reports/by-domain?" + query + "&lang="
                + v.m.language() + "&format=csv", "text/csv") : null;
        if (csv == null || csv.status() != 200) {
            // the page says what was wrong with the filters, or why the API refused
            show(v);
            return;
        }
        v.response.setStatus(200);
        v.response.setContentType(csv.contentType());
        v.response.setHeader("Content-Disposition", "attachment; filename=\"cofnod-report.csv\"");
        v.response.setHeader("Cache-Control", "no-store");
        v.response.setHeader("X-Content-Type-Options", "nosniff");
        v.response.getOutputStream().write(csv.body());
    }

    /** A select of a vocabulary's values, {@code first} the words for none of them; the value sent stays chosen. */
    private static String select(Visit v, String name, String label, String first) {
        StringBuilder b = new StringBuilder("<option value=\"\">").append(esc(first)).append("</option>");
        for (String value : Vocabulary.SETS.get("by".equals(name) ? "reportBy" : name)) {
            b.append("<option value=\"").append(esc(value)).append('"').append(value.equals(v.param(name)) ? " selected" : "")
                    .append('>').append(esc(Vocabulary.label(v.m, "by".equals(name) ? "reportBy" : name, value))).append("</option>");
        }
        return "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"" + name + "\">" + esc(label)
                + "</label><select class=\"govuk-select\" id=\"" + name + "\" name=\"" + name + "\">" + b + "</select></div>\n";
    }

    /** The API's query for the filters chosen: only values the form offers, dates as the API reads them. */
    private static String query(Visit v, Fields f) {
        String cut = CUTS.contains(v.param("cut")) ? v.param("cut") : "domain";
        StringBuilder q = new StringBuilder("cut=").append(cut);
        if (BREAKDOWNS.contains(v.param("by"))) {
            q.append("&by=").append(v.param("by"));
        }
        if (AGENCIES.contains(v.param("agency"))) {
            q.append("&agency=").append(v.param("agency"));
        }
        f.dateOf("from").ifPresent(d -> q.append("&from=").append(d));
        f.dateOf("to").ifPresent(d -> q.append("&to=").append(d));
        return q.toString();
    }

    private static String filterField(String field) {
        return switch (field) {
            case "from", "to", "agency" -> field;
            default -> null;
        };
    }

    private static void page(Visit v, Fields f, JsonNode report, String query) throws IOException {
        Messages m = v.m;
        String by = BREAKDOWNS.contains(v.param("by")) ? v.param("by") : "";
        StringBuilder rows = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        boolean englishOnly = false;
        long most = 1;
        for (JsonNode row : report.path("rows")) {
            most = Math.max(most, row.path("people").asLong(0));
        }
        for (JsonNode row : report.path("rows")) {
            String language = row.path("language").asText(m.language());
            englishOnly |= !language.equals(m.language());
            String lang = language.equals(m.language()) ? "" : " lang=\"" + esc(language) + "\"";
            String label = "<span" + lang + ">" + esc(row.path("label").asText(row.path("code").asText())) + "</span>"
                    + (row.hasNonNull("breakdown") ? " – " + esc(breakdown(m, by, row.path("breakdown").asText())) : "");
            String people = row.path("people").asText();
            rows.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">").append(label)
                    .append("</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(esc(people))
                    .append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                    .append(esc(row.path("outcomes").asText())).append("</td></tr>\n");
            bars.append(bar(label, row.path("people"), most));
        }
        StringBuilder stories = new StringBuilder();
        for (JsonNode story : report.path("stories")) {
            stories.append("<blockquote class=\"govuk-inset-text\" lang=\"").append(esc(story.path("language").asText(m.language())))
                    .append("\">“").append(esc(story.path("words").asText())).append("”</blockquote>");
        }
        String cut = CUTS.contains(v.param("cut")) ? v.param("cut") : "domain";
        String results = report.isMissingNode() ? "" : """
                %s
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
                <p class="govuk-body"><a class="govuk-link" href="%s/reports.csv?%s" download>%s</a></p>
                <p class="govuk-body-s">%s</p>
                %s
                """.formatted(englishOnly ? "<div class=\"govuk-inset-text\">" + m.h("reports.englishOnly") + "</div>" : "",
                bars.isEmpty() ? "" : "<div class=\"cofnod-bars\" aria-hidden=\"true\">" + bars + "</div>"
                        + "<p class=\"govuk-body-s\"><span class=\"cofnod-bars__suppressed cofnod-bars__suppressed--key\"></span> "
                        + m.h("reports.hatched") + "</p>",
                esc(Vocabulary.label(m, "reportCut", cut)), m.h("reports.group"), m.h("reports.people"), m.h("reports.outcomes"),
                rows.isEmpty() ? "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"3\">" + m.h("reports.none")
                        + "</td></tr>" : rows, m.h("reports.total"), esc(report.path("total").path("people").asText()),
                esc(report.path("total").path("outcomes").asText()), Visit.ROOT, esc(query), m.h("reports.csv"),
                m.h("reports.suppression"), stories.isEmpty() ? "" : "<h2 class=\"govuk-heading-m\">" + m.h("reports.stories") + "</h2>" + stories);
        v.html(f.errors().isEmpty() ? 200 : 422, Layout.page(v, f.errors().titlePrefix(m) + m.t("reports.title"), """
                %s
                <h1 class="govuk-heading-xl">%s</h1>
                <p class="govuk-body">%s</p>
                <form method="get" action="%s/reports" class="govuk-!-margin-bottom-6" novalidate>
                %s%s%s%s%s
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">%s</button>
                </form>
                %s
                """.formatted(f.errors().summary(m), m.h("reports.title"), m.h("reports.intro"), Visit.ROOT,
                f.radios("cut", m.t("reports.cut"), null, Fields.vocabulary(m, "reportCut"), CUTS.get(0)),
                select(v, "by", m.t("reports.by"), m.t("reports.byNothing")),
                select(v, "agency", m.t("reports.agency"), m.t("reports.allAgencies")),
                f.date("from", m.t("reports.from"), m.t("reports.dateHint")),
                f.date("to", m.t("reports.to"), m.t("reports.dateHint")),
                m.h("reports.show"), results)));
    }

    /**
     * One group's bar: its label above it (so that it wraps, never cut), a bar as long as its count, or, for a
     * count shown as "<5", a hatched mark of its own, never a bar of no length that reads as none.
     */
    private static String bar(String labelHtml, JsonNode people, long most) {
        String mark = people.isNumber()
                ? "<svg class=\"cofnod-bars__track\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" focusable=\"false\">"
                + "<rect class=\"cofnod-bars__bar\" width=\"" + people.asLong() * 100 / most + "\" height=\"10\"/></svg>"
                : "<span class=\"cofnod-bars__suppressed\"></span>";
        return "<div class=\"cofnod-bars__row\"><p class=\"govuk-body-s cofnod-bars__label\">" + labelHtml + "</p>"
                + "<div class=\"cofnod-bars__line\">" + mark + "<span class=\"govuk-body-s cofnod-bars__value\">"
                + esc(people.asText()) + "</span></div></div>";
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
}
