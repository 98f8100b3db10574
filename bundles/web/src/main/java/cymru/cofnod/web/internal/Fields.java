package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GOV.UK form fields. Each shows what the user typed (or their draft), and its error in place when the
 * form was refused: the group marked, the message above the field and read with it. A field's id is its
 * name, and the first input of a set of radios, checkboxes or a date has that id, so the error summary's
 * links land on it.
 */
final class Fields {

    /** One choice of a set of radios or checkboxes; {@code lang} when its words are in a language of their own. */
    record Choice(String value, String label, String lang, String hint) {

        Choice(String value, String label, String lang) {
            this(value, label, lang, null);
        }
    }

    private final Visit v;
    private final FormErrors errors;

    Fields(Visit v, FormErrors errors) {
        this.v = v;
        this.errors = errors;
    }

    FormErrors errors() {
        return errors;
    }

    String input(String name, String label, String hint) {
        return input(name, label, hint, "", "");
    }

    /** A text input; {@code width} a GOV.UK width class or empty; {@code preset} its value until the form is sent. */
    String input(String name, String label, String hint, String width, String preset) {
        return group(name, label(name, label) + hint(name, hint) + error(name)
                + "<input class=\"govuk-input" + (width.isEmpty() ? "" : " " + width) + (errors.at(name) == null ? "" : " govuk-input--error")
                + "\" id=\"" + esc(name) + "\" name=\"" + esc(name) + "\" type=\"text\"" + describedBy(name, hint)
                + " value=\"" + esc(v.sent(name) ? v.param(name) : preset) + "\">");
    }

    String textarea(String name, String label, String hint, int rows) {
        return group(name, label(name, label) + hint(name, hint) + error(name)
                + "<textarea class=\"govuk-textarea" + (errors.at(name) == null ? "" : " govuk-textarea--error")
                + "\" id=\"" + esc(name) + "\" name=\"" + esc(name) + "\" rows=\"" + rows + "\"" + describedBy(name, hint) + ">"
                + esc(v.param(name)) + "</textarea>");
    }

    /** A select with an empty first option; {@code preset} chosen until the form is sent. */
    String select(String name, String label, List<Choice> options, String preset) {
        String chosen = v.sent(name) ? v.param(name) : preset;
        StringBuilder b = new StringBuilder("<option value=\"\"></option>");
        for (Choice c : options) {
            b.append("<option value=\"").append(esc(c.value())).append('"').append(c.value().equals(chosen) ? " selected" : "")
                    .append(c.lang() == null ? "" : " lang=\"" + esc(c.lang()) + "\"").append('>').append(esc(c.label())).append("</option>");
        }
        return group(name, label(name, label) + error(name) + "<select class=\"govuk-select" + (errors.at(name) == null ? "" : " govuk-select--error")
                + "\" id=\"" + esc(name) + "\" name=\"" + esc(name) + "\"" + describedBy(name, null) + ">" + b + "</select>");
    }

    /** GOV.UK radios: the value sent stays chosen, else {@code preset} (null: none). */
    String radios(String name, String legend, String hint, List<Choice> options, String preset) {
        return choices(false, name, legend, hint, options, preset == null ? List.of() : List.of(preset));
    }

    /** GOV.UK checkboxes: the values sent stay chosen, else {@code preset}. */
    String checkboxes(String name, String legend, String hint, List<Choice> options, List<String> preset) {
        return choices(true, name, legend, hint, options, preset);
    }

    private String choices(boolean multiple, String name, String legend, String hint, List<Choice> options, List<String> preset) {
        String kind = multiple ? "checkboxes" : "radios";
        List<String> chosen = v.sent(name) ? List.of(v.values(name)) : preset;
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (Choice c : options) {
            String id = i++ == 0 ? name : name + "-" + i;
            b.append("<div class=\"govuk-").append(kind).append("__item\"><input class=\"govuk-").append(kind).append("__input\" id=\"")
                    .append(esc(id)).append("\" name=\"").append(esc(name)).append("\" type=\"").append(multiple ? "checkbox" : "radio")
                    .append("\" value=\"").append(esc(c.value())).append('"').append(chosen.contains(c.value()) ? " checked" : "")
                    .append(c.hint() == null ? "" : " aria-describedby=\"" + esc(id) + "-item-hint\"")
                    .append("><label class=\"govuk-label govuk-").append(kind).append("__label\" for=\"").append(esc(id)).append('"')
                    .append(c.lang() == null ? "" : " lang=\"" + esc(c.lang()) + "\"").append('>').append(esc(c.label())).append("</label>")
                    .append(c.hint() == null ? "" : "<div id=\"" + esc(id) + "-item-hint\" class=\"govuk-hint govuk-" + kind + "__hint\">"
                            + esc(c.hint()) + "</div>")
                    .append("</div>");
        }
        return fieldset(name, legend, hint, "<div class=\"govuk-" + kind + " govuk-" + kind + "--small\" data-module=\"govuk-" + kind + "\">"
                + b + "</div>");
    }

    /** GOV.UK's date input: day, month and year, the day's id the field's name. */
    String date(String name, String legend, String hint) {
        StringBuilder b = new StringBuilder("<div class=\"govuk-date-input\" id=\"" + esc(name) + "-input\">");
        String[][] parts = {{"day", "govuk-input--width-2"}, {"month", "govuk-input--width-2"}, {"year", "govuk-input--width-4"}};
        for (String[] part : parts) {
            String field = name + "-" + part[0];
            String id = part[0].equals("day") ? name : field;
            b.append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"")
                    .append(esc(id)).append("\">").append(v.m.h("form.date." + part[0])).append("</label><input class=\"govuk-input govuk-date-input__input ")
                    .append(part[1]).append(errors.at(name) == null ? "" : " govuk-input--error").append("\" id=\"").append(esc(id))
                    .append("\" name=\"").append(esc(field)).append("\" type=\"text\" inputmode=\"numeric\" value=\"")
                    .append(esc(v.param(field))).append("\"></div></div>");
        }
        return fieldset(name, legend, hint, b.append("</div>").toString());
    }

    /**
     * The date typed in {@code name}'s day, month and year: empty when none was typed; when it is not a
     * date, an error at the field and empty.
     */
    Optional<LocalDate> dateOf(String name) {
        String day = v.param(name + "-day");
        String month = v.param(name + "-month");
        String year = v.param(name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(name, v.m.t("fieldError.date"));
            return Optional.empty();
        }
    }

    private String fieldset(String name, String legend, String hint, String inner) {
        return group(name, "<fieldset class=\"govuk-fieldset\"" + describedBy(name, hint) + "><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">"
                + esc(legend) + "</legend>" + hint(name, hint) + error(name) + inner + "</fieldset>");
    }

    private String group(String name, String inner) {
        return "<div class=\"govuk-form-group" + (errors.at(name) == null ? "" : " govuk-form-group--error") + "\">" + inner + "</div>\n";
    }

    private static String label(String name, String label) {
        return "<label class=\"govuk-label govuk-label--s\" for=\"" + esc(name) + "\">" + esc(label) + "</label>";
    }

    private static String hint(String name, String hint) {
        return hint == null ? "" : "<div id=\"" + esc(name) + "-hint\" class=\"govuk-hint\">" + esc(hint) + "</div>";
    }

    private String error(String name) {
        String message = errors.at(name);
        return message == null ? "" : "<p id=\"" + esc(name) + "-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">"
                + v.m.h("form.error") + ":</span> " + esc(message) + "</p>";
    }

    private String describedBy(String name, String hint) {
        List<String> ids = new ArrayList<>();
        if (hint != null) {
            ids.add(name + "-hint");
        }
        if (errors.at(name) != null) {
            ids.add(name + "-error");
        }
        return ids.isEmpty() ? "" : " aria-describedby=\"" + esc(String.join(" ", ids)) + "\"";
    }

    /** The values of a vocabulary, each in the page's words. */
    static List<Choice> vocabulary(Messages m, String set) {
        return vocabulary(m, set, Vocabulary.SETS.get(set));
    }

    static List<Choice> vocabulary(Messages m, String set, List<String> values) {
        return values.stream().map(value -> new Choice(value, Vocabulary.label(m, set, value), null)).toList();
    }

    /**
     * A form page about a person: their name above the heading, the error summary first, a note that what is
     * typed is kept if the session ends, and the form's own fields and button.
     */
    static String page(Visit v, String personName, String heading, FormErrors errors, String action, String fieldsHtml) {
        return page(v, personName, heading, errors, action, fieldsHtml, "govuk-button", v.m.t("form.save"));
    }

    /** The same, its button of GOV.UK class {@code buttonClass} saying {@code button}. */
    static String page(Visit v, String personName, String heading, FormErrors errors, String action, String fieldsHtml,
                       String buttonClass, String button) {
        Messages m = v.m;
        return Layout.page(v, errors.titlePrefix(m) + heading + (personName == null ? "" : " – " + personName), """
                <div class="govuk-grid-row"><div class="govuk-grid-column-full">
                %s
                %s
                <h1 class="govuk-heading-l">%s</h1>
                <p class="govuk-body-s">%s</p>
                <form method="post" action="%s%s" novalidate>
                %s
                %s
                <div class="govuk-button-group">
                <button type="submit" class="%s" data-module="govuk-button">%s</button>
                <a class="govuk-link" href="%s%s">%s</a>
                </div>
                </form>
                </div></div>
                """.formatted(errors.summary(m), personName == null ? "" : "<span class=\"govuk-caption-l\">" + esc(personName) + "</span>",
                esc(heading), m.h("session.keptNote"), Visit.ROOT, esc(action), v.csrfField(), fieldsHtml, esc(buttonClass), esc(button),
                Visit.ROOT, esc(cancelTo(action)), m.h("form.cancel")));
    }

    /** Where a form's Cancel goes: the record it is part of ({@code /people/<id>}), or the people list. */
    private static String cancelTo(String action) {
        String[] parts = action.split("/");
        return parts.length > 2 && !parts[2].equals("new") ? "/people/" + parts[2] : "/people";
    }
}
