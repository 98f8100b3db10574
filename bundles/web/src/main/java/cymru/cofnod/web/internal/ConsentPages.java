package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent: the person's directives (given and withdrawn by the person, read by their practitioners), and
 * break-glass for a practitioner with a safeguarding concern.
 */
final class ConsentPages {

    /** The consents page: the person gives and withdraws their own; a practitioner sees each and records one the person gave. */
    void consents(Visit v, JsonNode person, FormErrors errors) throws IOException {
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
            String cid = c.path("id").asText();
            String withdraw = own && "active".equals(status) ? """
                    <form method="post" action="%s/people/%s/consents/withdraw" novalidate>%s
                    <input type="hidden" name="consent" value="%s">
                    <div class="govuk-form-group"><label class="govuk-label" for="reason-%s">%s</label>
                    <div id="reason-%s-hint" class="govuk-hint">%s</div>
                    <input class="govuk-input" id="reason-%s" name="reason" type="text" aria-describedby="reason-%s-hint"></div>
                    <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">%s</button>
                    </form>
                    """.formatted(Visit.ROOT, esc(url(id)), v.csrfField(), esc(cid), esc(cid), m.h("consent.reason"), esc(cid),
                    m.h("consent.reasonHint"), esc(cid), esc(cid), m.h("consent.withdrawFrom", grantee(m, c))) : "";
            String until = c.hasNonNull("validUntil") ? RecordPages.date(m, c.path("validUntil").asText()) : m.h("consent.untilWithdrawn");
            JsonNode givenBy = c.path("givenBy");
            String given = esc(Vocabulary.label(m, "givenBy", givenBy.path("kind").asText("person"))
                    + (givenBy.hasNonNull("name") ? ": " + givenBy.path("name").asText() : "")
                    + (givenBy.hasNonNull("reason") ? " (" + givenBy.path("reason").asText() + ")" : ""));
            rows.append("<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\">")
                    .append(esc(grantee(m, c))).append("</h3><strong class=\"govuk-tag")
                    .append("active".equals(status) ? " govuk-tag--green" : " govuk-tag--grey").append("\">")
                    .append(esc(Vocabulary.label(m, "consentStatus", status))).append("</strong></div><div class=\"govuk-summary-card__content\"><dl class=\"govuk-summary-list\">")
                    .append(PersonPages.row(m.h("consent.purposes"), esc(labels(m, "purpose", c.path("purposes")))))
                    .append(PersonPages.row(m.h("consent.categories"), c.path("categories").isEmpty() ? m.h("consent.wholeRecord")
                            : esc(labels(m, "category", c.path("categories")))))
                    .append(PersonPages.row(m.h("consent.givenBy"), given))
                    .append(PersonPages.row(m.h("consent.how"), esc(Vocabulary.label(m, "how", c.path("how").asText()))
                            + (c.hasNonNull("validFrom") ? ", " + esc(RecordPages.date(m, c.path("validFrom").asText())) : "")
                            + (c.hasNonNull("recordedBy") ? ", " + esc(m.t("consent.heardBy", c.path("recordedBy").asText(),
                            Vocabulary.label(m, "agency", c.path("recordedByAgency").asText("")))) : "")))
                    .append(PersonPages.row(m.h("consent.until"), until))
                    .append(c.has("withdrawal") ? PersonPages.row(m.h("consent.withdrawn"), esc(RecordPages.date(m, c.path("withdrawal").path("at").asText())
                            + " – " + c.path("withdrawal").path("reason").asText())) : "")
                    .append("</dl>").append(withdraw).append("</div></div>\n");
        }
        String give = own ? giveForm(v, id, errors) : """
                <a class="govuk-button" href="%s/people/%s/consents/new">%s</a>
                """.formatted(Visit.ROOT, esc(url(id)), m.h("consent.record"));
        v.html(errors.isEmpty() ? 200 : 422, Layout.page(v, errors.titlePrefix(m) + m.t("consent.title") + " – " + PersonPages.name(person),
                errors.summary(m) + RecordPages.header(v, person, "/consents") + """
                <h2 class="govuk-heading-l">%s</h2>
                <p class="govuk-body">%s</p>
                %s
                %s
                %s
                """.formatted(m.h("consent.title"), m.h(own ? "consent.introOwn" : "consent.intro"),
                v.session.is("practitioner") ? give : "",
                rows.isEmpty() ? "<p class=\"govuk-body\">" + m.h("consent.none") + "</p>" : rows, own ? give : "")));
    }

    /** The person gives consent themselves, in plain words to "you". */
    private static String giveForm(Visit v, String id, FormErrors errors) {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        return """
                <h2 class="govuk-heading-m">%s</h2>
                <form method="post" action="%s/people/%s/consents" novalidate>%s
                %s
                %s
                %s
                <button type="submit" class="govuk-button" data-module="govuk-button">%s</button>
                </form>
                """.formatted(m.h("consent.give"), Visit.ROOT, esc(url(id)), v.csrfField(),
                f.radios("agency", m.t("consent.agency"), null, Fields.vocabulary(m, "agency"), null),
                f.checkboxes("purpose", m.t("consent.purposesOwn"), null, Fields.vocabulary(m, "purpose", List.of("direct-care", "care-planning")), List.of()),
                f.checkboxes("category", m.t("consent.categoriesOwn"), null, Fields.vocabulary(m, "category"), List.of()),
                m.h("consent.giveButton"));
    }

    /** A practitioner records consent the person (or someone for them) gave: how, when, and that they heard it. */
    void recordForm(Visit v, JsonNode person, FormErrors errors) throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        String name = PersonPages.name(person);
        String fields = """
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <div class="govuk-inset-text">%s</div>
                %s%s%s%s%s%s%s%s%s%s%s
                </div></div>
                """.formatted(m.h("consent.heardByYou", v.session.user(), Vocabulary.label(m, "agency", v.session.agency())),
                f.radios("givenBy", m.t("consent.givenByLegend"), null, List.of(
                        new Fields.Choice("person", m.t("givenBy.person"), null, m.t("consent.givenBy.personHint", name)),
                        new Fields.Choice("representative", m.t("givenBy.representative"), null, m.t("consent.givenBy.representativeHint")),
                        new Fields.Choice("best-interests", m.t("givenBy.best-interests"), null, m.t("consent.givenBy.bestInterestsHint"))), "person"),
                f.input("givenByName", m.t("consent.givenByName"), m.t("consent.givenByNameHint")),
                f.input("relationship", m.t("consent.relationship"), m.t("consent.relationshipHint")),
                f.textarea("givenByReason", m.t("consent.bestInterestsReason"), m.t("consent.bestInterestsReasonHint"), 3),
                f.radios("how", m.t("consent.howLegend"), null, Fields.vocabulary(m, "how", List.of("verbal", "written")), null),
                f.date("givenOn", m.t("consent.givenOn"), m.t("consent.givenOnHint")),
                f.radios("agency", m.t("consent.agencyPractitioner", name), null, Fields.vocabulary(m, "agency"), null),
                f.checkboxes("purpose", m.t("consent.purposes"), null, Fields.vocabulary(m, "purpose", List.of("direct-care", "care-planning", "commissioning")), List.of()),
                f.checkboxes("category", m.t("consent.categories"), null, Fields.vocabulary(m, "category"), List.of()),
                f.date("until", m.t("consent.reviewOn"), m.t("consent.reviewOnHint")), "");
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, name, m.t("consent.record"), errors,
                "/people/" + url(person.path("id").asText()) + "/consents", fields));
    }

    /** POST consents and consents/withdraw: the person's own decisions, or consent a practitioner heard, sent as made. */
    void decide(Visit v, JsonNode person, boolean withdraw) throws IOException {
        String id = person.path("id").asText();
        boolean practitioner = v.session.is("practitioner");
        Fields f = new Fields(v, FormErrors.none());
        ApiClient.Reply reply;
        if (withdraw) {
            // the person need not say why: the API keeps a reason, so the pages say none was given
            String reason = v.param("reason").isEmpty() ? v.m.t("consent.noReasonGiven") : v.param("reason");
            reply = v.api.post("/consents/" + url(v.param("consent")) + "/withdraw", Map.of("reason", reason));
        } else {
            Map<String, Object> directive = new LinkedHashMap<>();
            Map<String, String> givenBy = new LinkedHashMap<>();
            givenBy.put("kind", practitioner ? v.param("givenBy") : "person");
            if (practitioner) {
                givenBy.put("name", v.param("givenByName").isEmpty() ? null : v.param("givenByName"));
                givenBy.put("relationship", v.param("relationship").isEmpty() ? null : v.param("relationship"));
                givenBy.put("reason", v.param("givenByReason").isEmpty() ? null : v.param("givenByReason"));
            }
            directive.put("givenBy", givenBy);
            directive.put("grantee", Map.of("kind", "agency", "agency", v.param("agency")));
            directive.put("purposes", List.of(v.values("purpose")));
            directive.put("categories", List.of(v.values("category")));
            directive.put("how", practitioner ? v.param("how") : "own-login");
            if (practitioner) {
                // when the person said it, and who heard it (the signed-in practitioner, as the page says)
                f.dateOf("givenOn").ifPresent(d -> givenBy.put("givenAt", d.atStartOfDay(RecordPages.WALES).toInstant().toString()));
                givenBy.put("heardBy", v.session.user());
                if ("best-interests".equals(givenBy.get("kind"))) {
                    f.dateOf("until").ifPresent(d -> givenBy.put("reviewBy", d.toString()));
                } else {
                    f.dateOf("until").ifPresent(d -> directive.put("validUntil", d.plusDays(1).atStartOfDay(RecordPages.WALES).toInstant().toString()));
                }
            }
            if (!f.errors().isEmpty()) {
                recordForm(v, person, f.errors());
                return;
            }
            reply = v.api.post("/people/" + url(id) + "/consents", directive);
        }
        if (reply.ok()) {
            v.redirect("/people/" + url(id) + "/consents");
        } else if ((reply.status() == 422 || reply.status() == 400) && practitioner && !withdraw) {
            recordForm(v, person, FormErrors.of(v.m, reply, ConsentPages::consentField));
        } else if (reply.status() == 422 || reply.status() == 400) {
            consents(v, person, FormErrors.of(v.m, reply, ConsentPages::consentField));
        } else {
            PersonPages.refused(v, reply);
        }
    }

    /** The consent forms' field for each field the API names. */
    private static String consentField(String field) {
        return switch (field) {
            case "givenBy", "givenBy.kind" -> "givenBy";
            case "givenBy.name" -> "givenByName";
            case "givenBy.reason" -> "givenByReason";
            case "grantee", "grantee.agency" -> "agency";
            case "purposes" -> "purpose";
            case "categories" -> "category";
            case "how" -> "how";
            case "validFrom", "givenBy.givenAt" -> "givenOn";
            case "validUntil", "givenBy.reviewBy" -> "until";
            default -> null;
        };
    }

    /**
     * Break-glass: a practitioner with a safeguarding concern says why; the API grants access for a limited
     * time and alerts the safeguarding lead. The page names the person when their identity may be read, and
     * can be left without breaking the glass.
     */
    void breakGlass(Visit v, String personId, boolean post) throws IOException {
        Messages m = v.m;
        ApiClient.Reply person = v.api.get("/people/" + url(personId));
        String name = person.ok() ? PersonPages.name(person.json()) : null;
        FormErrors errors = FormErrors.none();
        if (post) {
            ApiClient api = v.api.purpose("safeguarding");
            ApiClient.Reply reply = api.post("/people/" + url(personId) + "/break-glass", Map.of("reason", v.param("reason")));
            if (reply.ok()) {
                if (name == null) {
                    ApiClient.Reply seen = api.get("/people/" + url(personId));
                    name = seen.ok() ? PersonPages.name(seen.json()) : "";
                }
                v.session.breakGlass(personId, new Sessions.EmergencyAccess(name, Instant.parse(reply.json().path("expiresAt").asText())));
                v.redirect("/people/" + url(personId));
                return;
            }
            if (reply.status() != 422 && reply.status() != 400) {
                PersonPages.refused(v, reply);
                return;
            }
            errors = FormErrors.of(m, reply, field -> field.equals("reason") ? "reason" : null);
        }
        String fields = """
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">%s</span>%s</strong></div>
                %s
                </div></div>
                """.formatted(m.h("breakGlass.warningLabel"), m.h("breakGlass.warning"),
                new Fields(v, errors).textarea("reason", m.t("breakGlass.reason"), m.t("breakGlass.reasonHint"), 4));
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, name, m.t("breakGlass.title"), errors,
                "/people/" + url(personId) + "/break-glass", fields, "govuk-button govuk-button--warning", m.t("breakGlass.submit")));
    }

    /**
     * The user ends emergency access to a record before it expires: the API ends the grant (404 when it is already
     * over), and the pages read the record for the session's own purpose again.
     */
    void stopBreakGlass(Visit v, String personId) throws IOException {
        ApiClient.Reply ended = v.api.purpose("safeguarding").post("/people/" + url(personId)
                + "/break-glass/current/end", null);
        if (!ended.ok() && ended.status() != 404) {
            PersonPages.refused(v, ended);
            return;
        }
        v.session.stopBreakGlass(personId);
        v.redirect("/people/" + url(personId));
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
