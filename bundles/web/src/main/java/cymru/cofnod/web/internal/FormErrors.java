package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a form got wrong, GOV.UK's way: each error at the form's own field, in the page's language, and
 * a summary at the top linking to each. The API's field errors are put at the fields they name; its
 * words, which are English and technical, are never shown.
 */
final class FormErrors {

    /** By the name (and id) of the field at fault; a null name is the form as a whole. */
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The errors of a refusal ({@code problem+json}), each at the field {@code fieldFor} gives for the API's
     * field name (null when the form has none for it), worded by {@code fieldError.<the form's field>} if there is
     * one, else by {@code fieldError.<the API's field>} with the indices taken out ({@code parts[1].whose} is
     * {@code fieldError.parts.whose}).
     */
    static FormErrors of(Messages m, ApiClient.Reply refused, Function<String, String> fieldFor) {
        FormErrors errors = new FormErrors();
        for (JsonNode e : refused.json().path("errors")) {
            String field = e.path("field").asText("");
            String input = fieldFor.apply(field);
            String own = "fieldError." + input;
            String key = input != null && m.has(own) ? own : "fieldError." + field.replaceAll("\\[\\d+]", "");
            errors.add(input, m.has(key) ? m.t(key) : m.t("fieldError.other"));
        }
        if (errors.isEmpty()) {
            errors.add(null, m.t(refused.status() == 412 ? "fieldError.stale" : "fieldError.other"));
        }
        return errors;
    }

    /** Adds {@code message} at {@code field} (null: the form as a whole); a field shows its first error only. */
    FormErrors add(String field, String message) {
        if (field == null) {
            general.add(message);
        } else {
            byField.putIfAbsent(field, message);
        }
        return this;
    }

    boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    /** The error at {@code field}, or null. */
    String at(String field) {
        return byField.get(field);
    }

    /** "Error: " before the page's title when there are errors, as screen readers announce it first. */
    String titlePrefix(Messages m) {
        return isEmpty() ? "" : m.t("form.error") + ": ";
    }

    /** GOV.UK's error summary, each error a link to its field; nothing when there are none. */
    String summary(Messages m) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        general.forEach(message -> list.append("<li>").append(esc(message)).append("</li>"));
        byField.forEach((field, message) -> list.append("<li><a href=\"#").append(esc(field)).append("\">")
                .append(esc(message)).append("</a></li>"));
        return """
                <div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
                <h2 class="govuk-error-summary__title">%s</h2>
                <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">%s</ul></div></div></div>
                """.formatted(m.h("form.errorSummary"), list);
    }
}
