package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import cymru.cofnod.pdf.api.PdfPages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletResponse;

/** Finding a person, and their record. */
final class PersonPages {

    private static final int SHOWN = 50;

    private final RecordPages record = new RecordPages();
    private final JourneyPages journey;
    private final CopyPages copy = new CopyPages();
    private final RecordForms forms = new RecordForms();
    private final ConsentPages consent = new ConsentPages();
    private final MeetingPages meetings = new MeetingPages();
    private final PersonForm newPerson = new PersonForm();
    private final StrengthsAndRisksForm strengthsAndRisks = new StrengthsAndRisksForm();
    private final ProfileForm profile = new ProfileForm();
    private final MeetingForm meetingForm = new MeetingForm();
    private final PlanPages plans = new PlanPages();

    PersonPages(PdfPages pdf) {
        journey = new JourneyPages(pdf);
    }

    void route(Visit v, String[] parts) throws IOException {
        if (parts.length == 1) {
            if ("GET".equals(v.request.getMethod())) {
                find(v);
            } else {
                Pages.problem(v, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
            }
            return;
        }
        String page = parts.length == 2 ? "" : String.join("/", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        boolean post = "POST".equals(v.request.getMethod());
        boolean practitioner = v.session.is("practitioner");
        if (parts[1].equals("new") && parts.length == 2 && practitioner) {
            newPerson.route(v, post);
            return;
        }
        if (page.equals("break-glass") && practitioner) {
            consent.breakGlass(v, parts[1], post);
            return;
        }
        if (page.equals("break-glass/stop") && post) {
            consent.stopBreakGlass(v, parts[1]);
            return;
        }
        v = v.purpose(v.session.purposeFor(parts[1]));
        ApiClient.Reply person = v.api.get("/people/" + url(parts[1]));
        if (!person.ok()) {
            if ((person.status() == 404 || person.status() == 403) && v.session.is("practitioner")) {
                Pages.problem(v, HttpServletResponse.SC_NOT_FOUND, "error.notFound", ConsentPages.breakGlassOffer(v, parts[1]));
            } else {
                refused(v, person);
            }
            return;
        }
        JsonNode p = person.json();
        // a person's record opens in their preferred language, unless the reader chose one
        Visit inTheirs = WebPages.languageChosen(v.request) ? v : v.in(p.path("preferredLanguage").asText("en"));
        switch (post ? "POST " + page : page) {
            case "" -> record.glance(inTheirs, p);
            case "consents" -> consent.consents(inTheirs, p, FormErrors.none());
            case "POST consents" -> consent.decide(inTheirs, p, false);
            case "POST consents/withdraw" -> consent.decide(inTheirs, p, true);
            case "access-log" -> AccessLogPage.show(inTheirs, p);
            case "copy" -> copy.ask(inTheirs, p);
            case "copy/download" -> copy.download(inTheirs, p);
            case "meetings" -> meetings.show(inTheirs, p);
            case "journey" -> journey.show(inTheirs, p);
            case "journey/print" -> journey.print(inTheirs, p);
            case "journey/print.pdf" -> journey.printPdf(inTheirs, p);
            case "profile" -> journey.profile(inTheirs, p);
            case "consents/new" -> consent.recordForm(inTheirs, p, FormErrors.none());
            case "strengths-and-risks/new", "POST strengths-and-risks" -> strengthsAndRisks.route(inTheirs, p, post);
            case "profile/edit", "POST profile/edit" -> profile.route(inTheirs, p, post);
            case "meetings/new", "POST meetings/new" -> meetingForm.route(inTheirs, p, post);
            case "plan/revise", "POST plan/revise" -> plans.revise(inTheirs, p, post);
            case "plan/print" -> plans.print(inTheirs, p);
            default -> {
                if (!forms.route(inTheirs, p, post, page)) {
                    Pages.problem(v, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
                }
            }
        }
    }

    /** What the API refused, in words: not found and not allowed look alike, as consent requires. */
    static void refused(Visit v, ApiClient.Reply reply) throws IOException {
        if (reply.status() == 401) {
            v.redirect("/login");
        } else if (reply.status() == 404 || reply.status() == 403) {
            Pages.problem(v, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
        } else {
            Pages.problem(v, HttpServletResponse.SC_BAD_GATEWAY, "error.unavailable");
        }
    }

    static String name(JsonNode person) {
        String preferred = person.path("preferredName").asText("");
        String given = preferred.isBlank() ? person.path("givenName").asText("") : preferred;
        return (given + " " + person.path("familyName").asText("")).trim();
    }

    /**
     * The practitioner's caseload (the person's own details, for the person), or what the server finds for the search
     * box: names in the caseload, or a trace by an identifier or a name with a date of birth. One page at a time.
     */
    private void find(Visit v) throws IOException {
        String q = v.param("q").strip();
        String cursor = v.param("cursor");
        ApiClient.Reply page = v.api.get("/people?limit=" + SHOWN + (q.isEmpty() ? "" : "&q=" + url(q))
                + (cursor.isEmpty() ? "" : "&cursor=" + url(cursor)));
        if (page.status() == 422) {
            FormErrors errors = FormErrors.of(v.m, page, field -> "q");
            searchPage(v, q, errors, List.of(), null);
            return;
        }
        if (!page.ok()) {
            refused(v, page);
            return;
        }
        List<JsonNode> shown = new ArrayList<>();
        page.json().path("items").forEach(shown::add);
        searchPage(v, q, FormErrors.none(), shown, page.json().path("nextCursor").asText(null));
    }

    private void searchPage(Visit v, String q, FormErrors errors, List<JsonNode> shown, String next)
            throws IOException {
        Messages m = v.m;
        StringBuilder rows = new StringBuilder();
        for (JsonNode p : shown) {
            rows.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"")
                    .append(Visit.ROOT).append("/people/").append(esc(url(p.path("id").asText()))).append("\">")
                    .append(esc(name(p))).append("</a></th><td class=\"govuk-table__cell\">")
                    .append(esc(p.path("dateOfBirth").asText(""))).append("</td><td class=\"govuk-table__cell\">")
                    .append(esc(p.path("identifiers").path("nhsNumber").asText(""))).append("</td></tr>\n");
        }
        String results = shown.isEmpty() ? "<p class=\"govuk-body\">" + m.h("people.none") + "</p>" : """
                <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m">%s</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                </tr></thead>
                <tbody class="govuk-table__body">
                %s</tbody>
                </table>
                """.formatted(q.isEmpty() ? m.h("people.all") : m.h("people.matching", q), m.h("person.name"),
                m.h("person.dateOfBirth"), m.h("person.nhsNumber"), rows);
        String more = next == null ? "" : Layout.nextPage(m.h("people.pages"),
                Visit.ROOT + "/people?q=" + esc(url(q)) + "&amp;cursor=" + esc(url(next)), m.h("people.more"));
        // the practitioner lands here: what is due first, then their caseload
        String due = q.isEmpty() && v.param("cursor").isEmpty() && v.session.is("practitioner")
                ? DuePages.onLanding(v) : "";
        v.html(errors.isEmpty() ? 200 : 422, Layout.page(v, errors.titlePrefix(m) + m.t("people.title"), """
                %s<h1 class="govuk-heading-l">%s</h1>
                %s
                <form method="get" action="%s/people" role="search" novalidate>
                %s<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">%s</button>
                </form>
                %s%s
                """.formatted(errors.summary(m), m.h("people.title"), due, Visit.ROOT,
                new Fields(v, errors).input("q", m.t("people.search"), m.t("people.searchHint"),
                        "govuk-!-width-two-thirds", ""),
                m.h("people.searchButton"), errors.isEmpty() ? results : "", more)));
    }

    /** The person's details, as the record at a glance ends with them. */
    static String details(Messages m, JsonNode p) {
        String language = p.path("preferredLanguage").asText("en");
        JsonNode offer = p.path("activeOffer");
        String summary = row(m.h("person.dateOfBirth"), esc(p.path("dateOfBirth").asText("")))
                + row(m.h("person.nhsNumber"), esc(p.path("identifiers").path("nhsNumber").asText("")))
                + row(m.h("person.preferredLanguage"), esc(Vocabulary.label(m, "language", language)))
                + row(m.h("person.activeOffer"), offer.path("made").asBoolean(false)
                        ? m.h("person.activeOffer.made", RecordPages.date(m, offer.path("madeAt").asText("")))
                        : m.h("person.activeOffer.notMade"))
                + row(m.h("person.communicationNeeds"), esc(p.path("communicationNeeds").asText("")));
        return """
                <h2 class="govuk-heading-m">%s</h2>
                <dl class="govuk-summary-list">
                %s</dl>
                """.formatted(m.h("person.about"), summary);
    }

    static String row(String keyHtml, String valueHtml) {
        return "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">" + keyHtml
                + "</dt><dd class=\"govuk-summary-list__value\">" + valueHtml + "</dd></div>\n";
    }
}
