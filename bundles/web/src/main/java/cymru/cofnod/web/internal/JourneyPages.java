package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import cymru.cofnod.pdf.api.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The journey across agencies, with the chart of progress and its narrative, and the one-page profile. */
final class JourneyPages {

    /** Progress ratings are 0 to 10; the chart's drawing area in SVG units. */
    private static final int WIDTH = 720;
    private static final int HEIGHT = 280;
    private static final int LEFT = 40;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private final PdfPages pdf;

    JourneyPages(PdfPages pdf) {
        this.pdf = pdf;
    }

    /** One point of progress: when, the rating, and the words that give the rating its meaning. */
    private record Point(Instant at, int rating, String narrative, String agency) {
    }

    void show(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        String id = url(person.path("id").asText());
        String filters = filters(v);
        String cursor = v.param("cursor");
        ApiClient.Reply timeline = v.api.get("/people/" + id + "/timeline?limit=50" + filters
                + (cursor.isEmpty() ? "" : "&cursor=" + url(cursor)));
        ApiClient.Reply outcomes = v.api.get("/people/" + id + "/outcomes?limit=50");
        if (timeline.status() == 400 && !filters.isEmpty()) {
            Pages.problem(v, 400, "error.filter");
            return;
        }
        if (!timeline.ok()) {
            PersonPages.refused(v, timeline);
            return;
        }
        List<Point> points = new ArrayList<>();
        List<JourneyMeetings.Step> all = new ArrayList<>();
        boolean meetingsOnly = JourneyMeetings.KINDS.contains(v.param("kind"));
        JsonNode page = meetingsOnly ? JsonNodeFactory.instance.objectNode() : timeline.json();
        Instant oldest = null;
        for (JsonNode step : page.path("items")) {
            JsonNode item = step.path("item");
            JsonNode progress = item.path("progress");
            oldest = Instant.parse(step.path("occurredAt").asText());
            if (progress.has("rating") && !progress.path("rating").isNull()) {
                points.add(0, new Point(oldest, progress.path("rating").asInt(),
                        progress.path("narrative").asText(), step.path("agency").asText()));
            }
            all.add(new JourneyMeetings.Step(oldest, step(m, step)));
        }
        // meetings and the plan go on the page whose stretch of time they fall in
        boolean last = !page.hasNonNull("nextCursor");
        Instant before = before(v);
        all.addAll(JourneyMeetings.steps(v, person.path("id").asText(), last ? null : oldest, before));
        all.sort(Comparator.comparing(JourneyMeetings.Step::at).reversed());
        StringBuilder steps = new StringBuilder();
        all.forEach(s -> steps.append(s.html()));
        String more = last ? "" : Layout.nextPage(m.h("journey.pages"), Visit.ROOT + "/people/" + esc(id)
                + "/journey?cursor=" + esc(url(page.path("nextCursor").asText())) + "&amp;before=" + esc(url(oldest.toString()))
                + esc(filters), m.h("journey.earlier"));
        if (steps.isEmpty()) {
            steps.append("<li>").append(m.h(timeline.json().path("withheld").asBoolean(false) ? "journey.notShared" : "journey.nothing"))
                    .append("</li>");
        }
        String withheld = ConsentPages.withheld(v, timeline.json(), person.path("id").asText());
        v.html(200, Layout.page(v, m.t("record.journey") + " – " + PersonPages.name(person), RecordPages.header(v, person, "/journey") + """
                <h2 class="govuk-heading-l">%s</h2>
                %s
                <h2 class="govuk-heading-l">%s</h2>
                %s
                %s
                <p class="govuk-body"><a class="govuk-link" href="%s/people/%s/journey/print%s">%s</a></p>
                <ol class="govuk-list">
                %s</ol>
                %s
                """.formatted(m.h("journey.progress"), points.isEmpty() ? "<p class=\"govuk-body\">" + m.h("journey.noProgress") + "</p>"
                : chart(m, points), m.h("record.journey"), filterForm(v, person, outcomes.ok() ? outcomes.json().path("items") : null),
                withheld, Visit.ROOT, esc(id), esc(filters.isEmpty() ? "" : "?" + filters.substring(1)), m.h("journey.print"),
                steps, more)));
    }

    /** The most steps a printed chronology holds: a narrower filter prints the rest. */
    private static final int MAX_PRINTED = 10_000;

    /** A practitioner's chronology to print, with a link to the same as PDF. */
    void print(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        Printed printed = printed(v, person);
        if (printed == null) {
            return;
        }
        String id = url(person.path("id").asText());
        String filters = filters(v);
        String query = esc(filters.isEmpty() ? "" : "?" + filters.substring(1));
        v.html(200, Layout.page(v, m.t("journey.printTitle", PersonPages.name(person)), """
                <h1 class="govuk-heading-xl">%s</h1>
                %s
                <p class="govuk-body govuk-!-display-none-print"><a class="govuk-link" href="%s/people/%s/journey/print.pdf%s" download="">%s</a></p>
                <p class="govuk-body govuk-!-display-none-print"><a class="govuk-link" href="%s/people/%s/journey%s">%s</a></p>
                """.formatted(m.h("journey.printTitle", PersonPages.name(person)), printed.body(), Visit.ROOT, esc(id),
                query, m.h("journey.printPdf"), Visit.ROOT, esc(id), query, m.h("journey.back"))));
    }

    /**
     * The same chronology as a PDF to keep or send, in the PDF pages' font (Welsh letters included): the print
     * page's heading, details and steps on a page of their own.
     */
    void printPdf(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        Printed printed = printed(v, person);
        if (printed == null) {
            return;
        }
        String title = m.h("journey.printTitle", PersonPages.name(person));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        pdf.print("""
                <html lang="%s"><head><title>%s</title><style>
                body{font-family:'%s';font-size:10pt} dt{font-weight:bold} ol{padding-left:1.5em}
                li{margin-bottom:8pt;page-break-inside:avoid} .govuk-tag{font-weight:bold}</style></head>
                <body><h1>%s</h1>%s</body></html>""".formatted(esc(m.language()), title, PdfPages.FONT_FAMILY,
                title, printed.body()), file);
        v.response.setStatus(200);
        v.response.setContentType(PdfPages.MEDIA_TYPE);
        v.response.setHeader("Cache-Control", "no-store");
        v.response.setHeader("Content-Disposition", "attachment; filename=\"chronology-"
                + person.path("id").asText() + ".pdf\"");
        v.response.getOutputStream().write(file.toByteArray());
    }

    /** The chronology's body: the person's details, a note if it was cut, and the steps oldest first. */
    private record Printed(String body) {
    }

    /**
     * The journey as the reader may see it, with the page's filters, oldest first, every step whole; the journey's
     * own pages read to the end (up to {@value #MAX_PRINTED} steps). Null when the API refused, which is answered.
     */
    private static Printed printed(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        String id = url(person.path("id").asText());
        String filters = filters(v);
        List<String> steps = new ArrayList<>();
        String cursor = "";
        do {
            ApiClient.Reply page = v.api.get("/people/" + id + "/timeline?limit=500" + filters
                    + (cursor.isEmpty() ? "" : "&cursor=" + url(cursor)));
            if (!page.ok()) {
                PersonPages.refused(v, page);
                return null;
            }
            page.json().path("items").forEach(step -> steps.add(0, step(m, step)));
            cursor = page.json().path("nextCursor").asText("");
        } while (!cursor.isEmpty() && steps.size() < MAX_PRINTED);
        // well-formed XHTML, so the PDF prints the very same body
        return new Printed("""
                <dl class="govuk-summary-list">%s%s</dl>
                %s
                <ol class="govuk-list">
                %s</ol>
                """.formatted(PersonPages.row(m.h("person.name"), esc(PersonPages.name(person))),
                PersonPages.row(m.h("person.dateOfBirth"), esc(RecordPages.day(m, person.path("dateOfBirth").asText("")))),
                cursor.isEmpty() ? "" : "<div class=\"govuk-inset-text\">" + m.h("journey.printCut") + "</div>",
                String.join("", steps)));
    }

    /** Where the page before this one ended, which the link to this page carried; none on the first page. */
    private static Instant before(Visit v) {
        try {
            return v.param("before").isEmpty() ? null : Instant.parse(v.param("before"));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The journey's filters, as the API takes them: agency, kind, outcome, from and to (each a date). */
    private static String filters(Visit v) {
        StringBuilder q = new StringBuilder();
        for (String name : List.of("agency", "kind", "outcome", "from", "to")) {
            if (!v.param(name).isEmpty() && !(name.equals("kind") && JourneyMeetings.KINDS.contains(v.param(name)))) {
                q.append('&').append(name).append('=').append(url(v.param(name)));
            }
        }
        return q.toString();
    }

    /** Narrowing the journey in the page: a GET form, so a filtered journey has an address of its own. */
    private static String filterForm(Visit v, JsonNode person, JsonNode outcomes) {
        Messages m = v.m;
        Fields f = new Fields(v, FormErrors.none());
        List<Fields.Choice> kinds = new ArrayList<>(Fields.vocabulary(m, "itemKind"));
        kinds.addAll(Fields.vocabulary(m, "entryKind"));
        kinds.add(new Fields.Choice(JourneyMeetings.MEETING, m.t("journey.kindMeetings"), null, null));
        kinds.add(new Fields.Choice(JourneyMeetings.PLAN, m.t("journey.kindPlans"), null, null));
        return """
                <details class="govuk-details"%s><summary class="govuk-details__summary"><span class="govuk-details__summary-text">%s</span></summary>
                <div class="govuk-details__text"><form method="get" action="%s/people/%s/journey">
                %s%s%s%s%s
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">%s</button>
                </form></div></details>
                """.formatted(filters(v).isEmpty() && v.param("kind").isEmpty() ? "" : " open", m.h("journey.filter"), Visit.ROOT, esc(url(person.path("id").asText())),
                f.select("agency", m.t("journey.agency"), Fields.vocabulary(m, "agency"), ""),
                f.select("kind", m.t("journey.kind"), kinds, ""),
                outcomes == null ? "" : f.select("outcome", m.t("journey.outcome"), RecordForms.outcomeChoices(outcomes), ""),
                f.input("from", m.t("journey.from"), m.t("journey.dateHint"), "govuk-input--width-10", ""),
                f.input("to", m.t("journey.to"), m.t("journey.dateHint"), "govuk-input--width-10", ""),
                m.h("journey.filterButton"));
    }

    /** The chart, and beside it the same points as a table, so every point's narrative is read with it. */
    private static String chart(Messages m, List<Point> points) {
        long from = points.get(0).at().getEpochSecond();
        long span = Math.max(1, points.get(points.size() - 1).at().getEpochSecond() - from);
        int plotW = WIDTH - LEFT - 20;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        for (int r = 0; r <= 10; r += 5) {
            int y = TOP + plotH - r * plotH / 10;
            svg.append("<line class=\"cofnod-chart__grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text class=\"cofnod-chart__label\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + 5)
                    .append("\" text-anchor=\"end\">").append(r).append("</text>");
        }
        StringBuilder line = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            long x = LEFT + (points.size() == 1 ? plotW / 2 : (p.at().getEpochSecond() - from) * plotW / span);
            long y = TOP + plotH - (long) p.rating() * plotH / 10;
            String when = RecordPages.date(m, p.at().toString());
            line.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
            marks.append("<g><title>").append(esc(when + ": " + p.rating() + "/10 – " + p.narrative())).append("</title>")
                    .append("<circle class=\"cofnod-chart__point\" cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"7\"/>")
                    .append("<text class=\"cofnod-chart__label\" x=\"").append(x).append("\" y=\"").append(y - 12)
                    .append("\" text-anchor=\"middle\">").append(i + 1).append("</text></g>");
            rows.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(i + 1)
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(when))
                    .append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(p.rating())
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(p.narrative()))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(Vocabulary.label(m, "agency", p.agency())))
                    .append("</td></tr>\n");
        }
        return """
                <figure class="govuk-!-margin-0">
                <svg class="cofnod-chart" viewBox="0 0 %d %d" role="img" aria-labelledby="chart-caption">
                <line class="cofnod-chart__axis" x1="%d" x2="%d" y1="%d" y2="%d"/>
                %s<path class="cofnod-chart__line" d="%s"/>%s
                </svg>
                <figcaption id="chart-caption" class="govuk-body-s">%s</figcaption>
                </figure>
                %s
                """.formatted(WIDTH, HEIGHT, LEFT, LEFT, TOP, TOP + plotH, svg, line, marks, m.h("journey.chartCaption"),
                Layout.scrolling(m.t("journey.pointsCaption"), """
                <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m">%s</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">%s</th>
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                </tr></thead>
                <tbody class="govuk-table__body">
                %s</tbody></table>
                """.formatted(m.h("journey.pointsCaption"), m.h("journey.point"), m.h("journey.when"), m.h("journey.rating"),
                m.h("journey.narrative"), m.h("journey.agency"), rows)));
    }

    /** One step of the journey: when, which agency, what kind, and its parts marked fact, opinion or own words. */
    private static String step(Messages m, JsonNode step) {
        JsonNode item = step.path("item");
        StringBuilder body = new StringBuilder();
        if ("only-me".equals(item.path("sharedWith").asText())) {
            // only the person reads it (and a safeguarding break-glass): they see that it is kept to themselves
            body.append("<p class=\"govuk-body\"><strong class=\"govuk-tag govuk-tag--purple\">")
                    .append(m.h("entry.sharedWith.onlyMe")).append("</strong></p>");
        }
        for (JsonNode part : item.path("parts")) {
            String type = part.path("type").asText();
            String whose = part.hasNonNull("whose") ? " (" + part.path("whose").asText() + ")" : "";
            body.append("<p class=\"govuk-body\"><strong class=\"govuk-tag govuk-tag--")
                    .append("own-words".equals(type) ? "green" : "opinion".equals(type) ? "yellow" : "grey").append("\">")
                    .append(esc(Vocabulary.label(m, "partType", type))).append("</strong> <span lang=\"")
                    .append(esc(part.path("language").asText(m.language()))).append("\">")
                    .append("own-words".equals(type) ? "“" + esc(part.path("text").asText()) + "”" : esc(part.path("text").asText()))
                    .append("</span>").append(esc(whose)).append("</p>");
        }
        if (item.hasNonNull("what")) {
            body.append("<p class=\"govuk-body\"><strong>").append(m.h("decision.what")).append(":</strong> ")
                    .append(esc(item.path("what").asText())).append("</p><p class=\"govuk-body\"><strong>")
                    .append(m.h("decision.why")).append(":</strong> ").append(esc(item.path("why").asText())).append("</p>");
            for (JsonNode alt : item.path("alternatives")) {
                body.append("<p class=\"govuk-body-s\">").append(m.h("decision.whyNot", alt.path("option").asText(),
                        alt.path("whyNot").asText())).append("</p>");
            }
        }
        if (item.hasNonNull("ownWords")) {
            body.append("<p class=\"govuk-body\" lang=\"").append(esc(item.path("language").asText(m.language()))).append("\">“")
                    .append(esc(item.path("ownWords").asText())).append("”</p>");
        }
        if (item.hasNonNull("view")) {
            body.append("<p class=\"govuk-body\"><strong class=\"govuk-tag govuk-tag--green\">")
                    .append(esc(Vocabulary.label(m, "partType", "own-words"))).append("</strong> <span lang=\"")
                    .append(esc(item.path("language").asText(m.language()))).append("\">“").append(esc(item.path("view").asText()))
                    .append("”</span></p>");
        }
        if (item.hasNonNull("description")) {
            body.append("<p class=\"govuk-body\" lang=\"").append(esc(item.path("language").asText(m.language()))).append("\">")
                    .append(esc(item.path("description").asText())).append("</p>");
            if (item.path("priority").asBoolean(false)) {
                body.append("<p class=\"govuk-body\"><strong class=\"govuk-tag govuk-tag--red\">").append(m.h("record.priority")).append("</strong></p>");
            }
            if (item.hasNonNull("whatNeedsToHappen")) {
                body.append("<p class=\"govuk-body\"><strong>").append(m.h("record.whatNeedsToHappen")).append(":</strong> ")
                        .append(Html.inLanguage(item.path("whatNeedsToHappen").asText(), item.path("language").asText(null))).append("</p>");
            }
        }
        if (item.hasNonNull("professionalRestatement")) {
            body.append("<p class=\"govuk-body\"><strong>").append(m.h("record.restatement")).append(":</strong> ")
                    .append(esc(item.path("professionalRestatement").asText())).append("</p>");
        }
        for (String section : List.of("importantToMe", "howBestToSupportMe")) {
            if (item.path(section).size() > 0) {
                body.append("<h4 class=\"govuk-heading-s\">").append(m.h("profile." + section)).append("</h4>").append(lines(m, item.path(section)));
            }
        }
        if (item.hasNonNull("summary")) {
            body.append("<p class=\"govuk-body\">").append(esc(item.path("summary").asText())).append("</p>");
        }
        for (JsonNode r : item.path("results")) {
            body.append("<p class=\"govuk-body\"><strong>").append(esc(Vocabulary.label(m, "reviewResult", r.path("result").asText())))
                    .append(":</strong> ").append(esc(r.path("learnt").asText())).append("</p>");
        }
        JsonNode progress = item.path("progress");
        if (progress.hasNonNull("narrative")) {
            body.append("<p class=\"govuk-body-s\">").append(m.h("journey.progressIs", progress.path("rating").asText("–"),
                    progress.path("narrative").asText())).append("</p>");
        }
        String kind = item.hasNonNull("kind") ? Vocabulary.label(m, "entryKind", item.path("kind").asText())
                : Vocabulary.label(m, "itemKind", step.path("kind").asText());
        return card(RecordPages.date(m, step.path("occurredAt").asText()), kind, byline(m, step, item), body.toString());
    }

    /**
     * Who did the work, for which agency: the practitioner an agency's system named, beside the system's user that
     * sent it; otherwise who recorded it.
     */
    static String byline(Messages m, JsonNode step, JsonNode item) {
        String agency = Vocabulary.label(m, "agency", step.path("agency").asText());
        JsonNode provenance = item.path("provenance");
        JsonNode performer = provenance.path("performedBy");
        if (provenance.hasNonNull("sentBy") && performer.hasNonNull("name")) {
            String role = performer.hasNonNull("role") ? " (" + performer.path("role").asText() + ")" : "";
            return m.t("journey.doneBy", performer.path("name").asText() + role, agency,
                    provenance.path("sentBy").asText());
        }
        return m.t("journey.by", step.path("recordedBy").asText(), agency);
    }

    /** One step's card: when, what kind, by whom (plain text), and its content (HTML). */
    static String card(String when, String kind, String by, String bodyHtml) {
        return """
                <li class="govuk-!-margin-bottom-6"><article class="govuk-summary-card">
                <div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">%s · %s</h3>
                <p class="govuk-body-s govuk-!-margin-0">%s</p></div>
                <div class="govuk-summary-card__content">%s</div></article></li>
                """.formatted(esc(when), esc(kind), esc(by), bodyHtml);
    }

    /** The one-page profile: what is important to the person, and how best to support them. */
    void profile(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        ApiClient.Reply reply = v.api.get("/people/" + url(person.path("id").asText()) + "/profile");
        if (!reply.ok()) {
            PersonPages.refused(v, reply);
            return;
        }
        JsonNode profile = reply.json().path("profile");
        String edit = v.session.is("practitioner") ? "<p class=\"govuk-body\"><a class=\"govuk-button govuk-button--secondary\" href=\""
                + Visit.ROOT + "/people/" + esc(url(person.path("id").asText())) + "/profile/edit\">" + m.h("profile.edit") + "</a></p>" : "";
        String body = profile.isMissingNode() || profile.isNull()
                ? "<p class=\"govuk-body\">" + m.h("profile.none") + "</p>"
                : "<p class=\"govuk-body-s\">" + m.h("profile.writtenBy", profile.path("provenance").path("recordedBy").asText(),
                Vocabulary.label(m, "agency", profile.path("provenance").path("agency").asText()),
                RecordPages.date(m, profile.path("provenance").path("recordedAt").asText(profile.path("occurredAt").asText()))) + "</p>"
                + section(m, "profile.importantToMe", profile.path("importantToMe"))
                + section(m, "profile.howBestToSupportMe", profile.path("howBestToSupportMe"));
        v.html(200, Layout.page(v, m.t("record.profile") + " – " + PersonPages.name(person),
                RecordPages.header(v, person, "/profile") + edit + body));
    }

    private static String section(Messages m, String key, JsonNode lines) {
        return "<h2 class=\"govuk-heading-m\">" + m.h(key) + "</h2>" + lines(m, lines);
    }

    /** A profile's lines, each with how many entries it came from. */
    private static String lines(Messages m, JsonNode lines) {
        StringBuilder b = new StringBuilder("<ul class=\"govuk-list govuk-list--bullet\">");
        for (JsonNode line : lines) {
            b.append("<li><span lang=\"").append(esc(line.path("language").asText(m.language()))).append("\">")
                    .append(esc(line.path("text").asText())).append("</span>")
                    .append(line.path("fromEntries").isEmpty() ? "" : " <span class=\"govuk-body-s\">(" + m.h("profile.fromEntries",
                            line.path("fromEntries").size()) + ")</span>").append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
