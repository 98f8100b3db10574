package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.url;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recording a new person (practitioners): their names, date of birth, the language they prefer and the
 * Welsh language Active Offer (whether Welsh was offered without their asking, and when), how best to
 * communicate with them, and what each agency knows them by.
 */
final class PersonForm {

    private static final List<String> IDENTIFIERS = List.of("nhsNumber", "localAuthorityId", "providerId");

    void route(Visit v, boolean post) throws IOException {
        if (!post) {
            form(v, FormErrors.none());
            return;
        }
        Fields f = new Fields(v, FormErrors.none());
        Map<String, Object> person = new LinkedHashMap<>();
        for (String field : List.of("givenName", "familyName", "preferredName", "communicationNeeds")) {
            if (!v.param(field).isEmpty()) {
                person.put(field, v.param(field));
            }
        }
        f.dateOf("dateOfBirth").ifPresent(d -> person.put("dateOfBirth", d.toString()));
        person.put("preferredLanguage", v.param("preferredLanguage"));
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("made", v.param("activeOffer").equals("yes"));
        if (v.param("activeOffer").equals("yes")) {
            f.dateOf("offeredOn").ifPresent(d -> offer.put("madeAt", d.atStartOfDay(RecordPages.WALES).toOffsetDateTime().toString()));
            offer.put("madeBy", v.session.user());
        }
        person.put("activeOffer", offer);
        Map<String, String> identifiers = new LinkedHashMap<>();
        IDENTIFIERS.forEach(id -> {
            if (!v.param(id).isEmpty()) {
                identifiers.put(id, v.param(id));
            }
        });
        person.put("identifiers", identifiers);
        if (v.param("activeOffer").isEmpty()) {
            f.errors().add("activeOffer", v.m.t("fieldError.activeOffer"));
        }
        if (!f.errors().isEmpty()) {
            form(v, f.errors());
            return;
        }
        ApiClient.Reply created = v.api.post("/people", person);
        if (created.ok()) {
            v.redirect("/people/" + url(created.json().path("id").asText()));
        } else if (created.status() == 422 || created.status() == 400) {
            form(v, FormErrors.of(v.m, created, PersonForm::fieldFor));
        } else {
            PersonPages.refused(v, created);
        }
    }

    private static String fieldFor(String field) {
        String inner = field.startsWith("identifiers.") ? field.substring("identifiers.".length()) : field;
        if (IDENTIFIERS.contains(inner)) {
            return inner;
        }
        return switch (field) {
            case "givenName", "familyName", "preferredName", "dateOfBirth", "preferredLanguage", "communicationNeeds" -> field;
            case "activeOffer.madeAt" -> "offeredOn";
            case "activeOffer", "activeOffer.made" -> "activeOffer";
            default -> null;
        };
    }

    private void form(Visit v, FormErrors errors) throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        List<Fields.Choice> languages = List.of(new Fields.Choice("cy", Messages.of("cy").t("language.name"), "cy"),
                new Fields.Choice("en", Messages.of("en").t("language.name"), "en"));
        String fields = """
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                %s%s%s%s
                <h2 class="govuk-heading-m">%s</h2>
                %s%s%s%s
                <h2 class="govuk-heading-m">%s</h2>
                %s%s%s
                </div></div>
                """.formatted(f.input("givenName", m.t("newPerson.givenName"), null, "govuk-!-width-two-thirds", ""),
                f.input("familyName", m.t("newPerson.familyName"), null, "govuk-!-width-two-thirds", ""),
                f.input("preferredName", m.t("newPerson.preferredName"), m.t("newPerson.preferredNameHint"), "govuk-!-width-two-thirds", ""),
                f.date("dateOfBirth", m.t("person.dateOfBirth"), m.t("newPerson.dateOfBirthHint")),
                m.h("newPerson.language"),
                f.radios("activeOffer", m.t("newPerson.activeOffer"), m.t("newPerson.activeOfferHint"), List.of(
                        new Fields.Choice("yes", m.t("newPerson.activeOffer.yes"), null),
                        new Fields.Choice("no", m.t("newPerson.activeOffer.no"), null)), null),
                f.date("offeredOn", m.t("newPerson.offeredOn"), m.t("newPerson.offeredOnHint")),
                f.radios("preferredLanguage", m.t("person.preferredLanguage"), m.t("newPerson.preferredLanguageHint"), languages, null),
                f.textarea("communicationNeeds", m.t("person.communicationNeeds"), m.t("newPerson.communicationNeedsHint"), 3),
                m.h("newPerson.identifiers"),
                f.input("nhsNumber", m.t("person.nhsNumber"), m.t("newPerson.nhsNumberHint"), "govuk-input--width-10", ""),
                f.input("localAuthorityId", m.t("newPerson.localAuthorityId"), null, "govuk-input--width-20", ""),
                f.input("providerId", m.t("newPerson.providerId"), null, "govuk-input--width-20", ""));
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, null, m.t("newPerson.title"), errors, "/people/new", fields));
    }
}
