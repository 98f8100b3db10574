package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent and its trail: the person's directives (given and withdrawn by the person, read by their
 * practitioners), the person's access log, and break-glass for a practitioner with a safeguarding concern.
 */
final class ConsentPages {

    /** The consents page; the person may give and withdraw, a practitioner sees the status. */
    void consents(Visit v, JsonNode person, List<String[]> errors) throws IOException {
        Messages m = v.m;
        String id = person.path("id").asText();
        ApiClient.Reply reply = v.api.get("/people/" + url(id) + "/consents");
        if (!reply.ok()) {
            PersonPages.refused(v, reply);
            return;
        }
        boolean own = v.session.is("person");
        StringBuilder rows = new StringBuilder();
        for (JsonNode c : reply.json()) {
            String status = c.path("status").asText();
            String withdraw = own && "active".equals(status) ? """
                    <form method="post" action="%s/people/%s/consents/withdraw">%s
                    <input type="hidden" name="consent" value="%s">
                    <div class="govuk-form-group"><label class="govuk-label" for="reason-%s">%s</label>
                    <input class="govuk-input" id="reason-%s" name="reason" type="text"></div>
                    <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">%s</button>
                    </form>
                    """.formatted(Visit.ROOT, esc(url(id)), v.csrfField(), esc(c.path("id").asText()), esc(c.path("id").asText()),
                    m.h("consent.reason"), esc(c.path("id").asText()),
                    m.h("consent.withdrawFrom", grantee(m, c))) : "";
            String until = c.hasNonNull("validUntil") ? RecordPages.date(m, c.path("validUntil").asText()) : m.h("consent.untilWithdrawn");
            rows.append("<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\">")
                    .append(esc(grantee(m, c))).append("</h3><strong class=\"govuk-tag")
                    .append("active".equals(status) ? " govuk-tag--green" : " govuk-tag--grey").append("\">")
                    .append(esc(Vocabulary.label(m, "consentStatus", status))).append("</strong></div><div class=\"govuk-summary-card__content\"><dl class=\"govuk-summary-list\">")
                    .append(PersonPages.row(m.h("consent.purposes"), esc(labels(m, "purpose", c.path("purposes")))))
                    .append(PersonPages.row(m.h("consent.categories"), c.path("categories").isEmpty() ? m.h("consent.wholeRecord")
                            : esc(labels(m, "category", c.path("categories")))))
                    .append(PersonPages.row(m.h("consent.until"), until))
                    .append(c.has("withdrawal") ? PersonPages.row(m.h("consent.withdrawn"), esc(RecordPages.date(m, c.path("withdrawal").path("at").asText())
                            + " – " + c.path("withdrawal").path("reason").asText())) : "")
                    .append("</dl>").append(withdraw).append("</div></div>\n");
        }
        String give = own ? giveForm(v, id) : "";
        v.html(errors.isEmpty() ? 200 : 422, Layout.page(v, m.t("consent.title") + " – " + PersonPages.name(person),
                (errors.isEmpty() ? "" : RecordForms.errorSummary(m, errors)) + RecordPages.header(v, person, "/consents") + """
                <h2 class="govuk-heading-l">%s</h2>
                <p class="govuk-body">%s</p>
                %s
                %s
                """.formatted(m.h("consent.title"), m.h(own ? "consent.introOwn" : "consent.intro"),
                rows.isEmpty() ? "<p class=\"govuk-body\">" + m.h("consent.none") + "</p>" : rows, give)));
    }

    private static String giveForm(Visit v, String id) {
        Messages m = v.m;
        return """
                <h2 class="govuk-heading-m">%s</h2>
                <form method="post" action="%s/people/%s/consents" novalidate>%s
                %s
                %s
                %s
                <button type="submit" class="govuk-button" data-module="govuk-button">%s</button>
                </form>
                """.formatted(m.h("consent.give"), Visit.ROOT, esc(url(id)), v.csrfField(),
                RecordForms.radios(v, "agency", m.t("consent.agency"), "agency", false),
                RecordForms.checkboxes(v, "purpose", m.t("consent.purposes"), List.of("direct-care", "care-planning")),
                RecordForms.checkboxes(v, "category", m.t("consent.categories"), Vocabulary.SETS.get("category")),
                m.h("consent.giveButton"));
    }

    /** POST consents and consents/withdraw: the person's own decisions, sent as they made them. */
    void decide(Visit v, JsonNode person, boolean withdraw) throws IOException {
        String id = person.path("id").asText();
        ApiClient.Reply reply;
        if (withdraw) {
            reply = v.api.post("/consents/" + url(v.param("consent")) + "/withdraw", Map.of("reason", v.param("reason")));
        } else {
            Map<String, Object> directive = new LinkedHashMap<>();
            directive.put("givenBy", Map.of("kind", "person"));
            directive.put("grantee", Map.of("kind", "agency", "agency", v.param("agency")));
            String[] purposes = v.request.getParameterValues("purpose");
            directive.put("purposes", purposes == null ? List.of() : List.of(purposes));
            String[] categories = v.request.getParameterValues("category");
            directive.put("categories", categories == null ? List.of() : List.of(categories));
            directive.put("how", "own-login");
            reply = v.api.post("/people/" + url(id) + "/consents", directive);
        }
        if (reply.ok()) {
            v.redirect("/people/" + url(id) + "/consents");
        } else if (reply.status() == 422 || reply.status() == 400) {
            consents(v, person, RecordForms.errors(reply));
        } else {
            PersonPages.refused(v, reply);
        }
    }

    /** Who looked at the record, from which agency, why and when, in plain words. */
    void accessLog(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        String id = person.path("id").asText();
        String cursor = v.param("cursor");
        ApiClient.Reply reply = v.api.get("/people/" + url(id) + "/access-log?limit=50" + (cursor.isEmpty() ? "" : "&cursor=" + url(cursor)));
        if (!reply.ok()) {
            PersonPages.refused(v, reply);
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (JsonNode line : reply.json().path("items")) {
            String note = line.path("breakGlass").asBoolean(false) ? " <strong class=\"govuk-tag govuk-tag--red\">" + m.h("access.breakGlass") + "</strong>"
                    : line.path("refused").asBoolean(false) ? " <strong class=\"govuk-tag govuk-tag--grey\">" + m.h("access.refused") + "</strong>" : "";
            rows.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">").append(esc(RecordPages.dateTime(m, line.path("at").asText())))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(line.path("who").asText()))
                    .append(line.hasNonNull("agency") ? ", " + esc(Vocabulary.label(m, "agency", line.path("agency").asText())) : "")
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(Vocabulary.label(m, "purpose", line.path("purpose").asText())))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(line.path("summary").asText(line.path("what").asText()))).append(note)
                    .append("</td></tr>\n");
        }
        String more = reply.json().hasNonNull("nextCursor") ? Layout.nextPage(m.h("access.pages"), Visit.ROOT
                + "/people/" + esc(url(id)) + "/access-log?cursor=" + esc(url(reply.json().path("nextCursor").asText())),
                m.h("access.earlier")) : "";
        v.html(200, Layout.page(v, m.t("access.title") + " – " + PersonPages.name(person), RecordPages.header(v, person, "/access-log") + """
                <h2 class="govuk-heading-l">%s</h2>
                <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">%s</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                </tr></thead>
                <tbody class="govuk-table__body">
                %s</tbody></table>
                %s
                """.formatted(m.h("access.title"), m.h("access.title"), m.h("access.when"), m.h("access.who"), m.h("access.why"),
                m.h("access.what"), rows, more)));
    }

    /**
     * Break-glass: a practitioner who cannot see a person, with a safeguarding concern, says why; the API
     * grants access for a limited time and alerts the safeguarding lead.
     */
    void breakGlass(Visit v, String personId, boolean post) throws IOException {
        Messages m = v.m;
        List<String[]> errors = List.of();
        if (post) {
            ApiClient.Reply reply = v.api.purpose("safeguarding").post("/people/" + url(personId) + "/break-glass",
                    Map.of("reason", v.param("reason")));
            if (reply.ok()) {
                v.session.breakGlass(personId);
                v.redirect("/people/" + url(personId));
                return;
            }
            if (reply.status() != 422 && reply.status() != 400) {
                PersonPages.refused(v, reply);
                return;
            }
            errors = RecordForms.errors(reply);
        }
        v.html(errors.isEmpty() ? 200 : 422, Layout.page(v, (errors.isEmpty() ? "" : m.t("form.error") + ": ") + m.t("breakGlass.title"),
                (errors.isEmpty() ? "" : RecordForms.errorSummary(m, errors)) + """
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">%s</h1>
                <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">%s</span>%s</strong></div>
                <form method="post" action="%s/people/%s/break-glass" novalidate>%s
                <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="reason">%s</label>
                <div id="reason-hint" class="govuk-hint">%s</div>
                <textarea class="govuk-textarea" id="reason" name="reason" rows="4" aria-describedby="reason-hint">%s</textarea></div>
                <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">%s</button>
                </form>
                </div></div>
                """.formatted(m.h("breakGlass.title"), m.h("breakGlass.warningLabel"), m.h("breakGlass.warning"), Visit.ROOT,
                esc(url(personId)), v.csrfField(), m.h("breakGlass.reason"), m.h("breakGlass.reasonHint"), esc(v.param("reason")),
                m.h("breakGlass.submit"))));
    }

    /** What a practitioner who cannot see (all of) a record may do: break the glass, with a reason. */
    static String breakGlassOffer(Visit v, String personId) {
        return v.session.is("practitioner") ? "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + Visit.ROOT
                + "/people/" + esc(url(personId)) + "/break-glass\">" + v.m.h("breakGlass.offer") + "</a></p>" : "";
    }

    /** Said where consent withheld part of what a page shows: never what, nor how much. */
    static String withheld(Visit v, JsonNode page, String personId) {
        return page.path("withheld").asBoolean(false) ? "<div class=\"govuk-inset-text\">" + v.m.h("journey.withheld")
                + breakGlassOffer(v, personId) + "</div>" : "";
    }

    private static String grantee(Messages m, JsonNode c) {
        JsonNode g = c.path("grantee");
        String agency = Vocabulary.label(m, "agency", g.path("agency").asText(""));
        return switch (g.path("kind").asText()) {
            case "named-person" -> g.path("name").asText(g.path("user").asText());
            case "role" -> g.path("role").asText() + ", " + agency;
            default -> agency;
        };
    }

    private static String labels(Messages m, String set, JsonNode values) {
        List<String> words = new ArrayList<>();
        values.forEach(value -> words.add(Vocabulary.label(m, set, value.asText())));
        return String.join(", ", words);
    }
}
