package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strength and a risk, side by side on one form, as the record shows them: either or both. Each is its
 * own item of the record; one saved while the other was refused is said, and its fields are emptied so it
 * is not sent twice.
 */
final class StrengthsAndRisksForm {

    void route(Visit v, JsonNode person, boolean post) throws IOException {
        String id = person.path("id").asText();
        ApiClient.Reply outcomes = v.api.get("/people/" + url(id) + "/outcomes?limit=50");
        if (!outcomes.ok()) {
            PersonPages.refused(v, outcomes);
            return;
        }
        JsonNode items = outcomes.json().path("items");
        if (!post) {
            form(v, person, items, FormErrors.none(), null);
            return;
        }
        boolean strength = !v.param("strength").isEmpty();
        boolean risk = !v.param("risk").isEmpty();
        if (!strength && !risk) {
            form(v, person, items, FormErrors.none().add("strength", v.m.t("fieldError.strengthOrRisk")), null);
            return;
        }
        String saved = null;
        if (strength) {
            ApiClient.Reply r = v.api.post("/people/" + url(id) + "/strengths", item(v, "strength"));
            if (!r.ok()) {
                refused(v, person, items, r, "strength", null);
                return;
            }
            saved = "strength";
        }
        if (risk) {
            Map<String, Object> body = item(v, "risk");
            body.put("priority", v.param("priority").equals("yes"));
            if (!v.param("whatNeedsToHappen").isEmpty()) {
                body.put("whatNeedsToHappen", v.param("whatNeedsToHappen"));
            }
            ApiClient.Reply r = v.api.post("/people/" + url(id) + "/risks", body);
            if (!r.ok()) {
                refused(v, person, items, r, "risk", saved);
                return;
            }
        }
        v.redirect("/people/" + url(id));
    }

    private static Map<String, Object> item(Visit v, String which) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("occurredAt", Instant.now().toString());
        b.put("description", v.param(which));
        b.put("language", v.param("language").isEmpty() ? v.m.language() : v.param("language"));
        if (!v.param(which + "ViewOf").isEmpty()) {
            b.put("viewOf", v.param(which + "ViewOf"));
        }
        b.put("outcomeIds", List.of(v.values("outcome")));
        return b;
    }

    private void refused(Visit v, JsonNode person, JsonNode outcomes, ApiClient.Reply r, String which, String saved) throws IOException {
        if (r.status() != 422 && r.status() != 400) {
            PersonPages.refused(v, r);
            return;
        }
        FormErrors errors = FormErrors.of(v.m, r, field -> switch (field) {
            case "description" -> which;
            case "viewOf" -> which + "ViewOf";
            case "whatNeedsToHappen" -> "whatNeedsToHappen";
            default -> null;
        });
        form(v, person, outcomes, errors, saved);
    }

    private void form(Visit v, JsonNode person, JsonNode outcomes, FormErrors errors, String saved) throws IOException {
        Messages m = v.m;
        // a strength already saved is not on the form again
        Visit shown = saved == null ? v : v.withDraft(without(v, "strength", "strengthViewOf"));
        Fields f = new Fields(shown, errors);
        String name = PersonPages.name(person);
        String fields = """
                %s
                <div class="govuk-grid-row">
                <div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">%s</h2>%s%s</div>
                <div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">%s</h2>%s%s%s%s</div>
                </div>
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">%s%s</div></div>
                """.formatted(saved == null ? "" : "<div class=\"govuk-inset-text\">" + m.h("strengthsAndRisks.strengthSaved") + "</div>",
                m.h("record.strengths"), f.textarea("strength", m.t("strengthsAndRisks.strength", name), m.t("strengthsAndRisks.strengthHint"), 4),
                f.input("strengthViewOf", m.t("strengthsAndRisks.viewOf"), m.t("strengthsAndRisks.viewOfHint")),
                m.h("record.risks"), f.textarea("risk", m.t("strengthsAndRisks.risk"), m.t("strengthsAndRisks.riskHint"), 4),
                f.radios("priority", m.t("strengthsAndRisks.priority"), null, List.of(
                        new Fields.Choice("yes", m.t("form.yes"), null), new Fields.Choice("no", m.t("form.no"), null)), "no"),
                f.textarea("whatNeedsToHappen", m.t("record.whatNeedsToHappen"), m.t("strengthsAndRisks.whatNeedsToHappenHint"), 3),
                f.input("riskViewOf", m.t("strengthsAndRisks.viewOf"), m.t("strengthsAndRisks.viewOfHint")),
                f.checkboxes("outcome", m.t("form.outcomes"), null, RecordForms.outcomeChoices(outcomes), List.of()),
                RecordForms.languageChoice(f, m));
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, name, m.t("strengthsAndRisks.add"), errors,
                "/people/" + url(person.path("id").asText()) + "/strengths-and-risks", fields));
    }

    private static Map<String, String[]> without(Visit v, String... names) {
        Map<String, String[]> fields = new LinkedHashMap<>(v.request.getParameterMap());
        for (String n : names) {
            fields.put(n, new String[] {""});
        }
        return fields;
    }
}
