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
 * Adding to a record: an entry with each part marked fact, opinion or own words; a decision with its
 * why; a review of the outcomes. Each is one POST to the API; what it refuses comes back on the form.
 */
final class RecordForms {

    /** Parts an entry form offers; empty ones are left out. */
    private static final int PARTS = 3;

    /** @return false when {@code page} is not a form of the record */
    boolean route(Visit v, JsonNode person, boolean post, String page) throws IOException {
        String collection = page.endsWith("/new") ? page.substring(0, page.length() - 4) : page;
        if (!List.of("entries", "decisions", "reviews", "perspectives").contains(collection) || post == page.endsWith("/new")) {
            return false;
        }
        String id = person.path("id").asText();
        ApiClient.Reply outcomes = v.api.get("/people/" + url(id) + "/outcomes?limit=50");
        if (!outcomes.ok()) {
            PersonPages.refused(v, outcomes);
            return true;
        }
        if (!post) {
            form(v, person, collection, outcomes.json().path("items"), List.of());
            return true;
        }
        ApiClient.Reply added = v.api.post("/people/" + url(id) + "/" + collection, body(v, collection, outcomes.json().path("items")));
        if (added.ok()) {
            v.redirect("/people/" + url(id) + "/journey");
        } else if (added.status() == 422 || added.status() == 400) {
            form(v, person, collection, outcomes.json().path("items"), errors(added));
        } else {
            PersonPages.refused(v, added);
        }
        return true;
    }

    /** The API's JSON for what the form sent. */
    private static Map<String, Object> body(Visit v, String collection, JsonNode outcomes) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("occurredAt", Instant.now().toString());
        List<String> outcomeIds = List.of(v.request.getParameterValues("outcome") == null ? new String[0]
                : v.request.getParameterValues("outcome"));
        String language = v.param("language").isEmpty() ? v.m.language() : v.param("language");
        switch (collection) {
            case "entries" -> {
                b.put("kind", v.param("kind"));
                b.put("outcomeIds", outcomeIds);
                List<Map<String, String>> parts = new ArrayList<>();
                for (int i = 1; i <= PARTS; i++) {
                    if (!v.param("text" + i).isEmpty()) {
                        Map<String, String> part = new LinkedHashMap<>();
                        part.put("type", v.param("type" + i));
                        part.put("text", v.param("text" + i));
                        part.put("language", language);
                        if (!v.param("whose" + i).isEmpty()) {
                            part.put("whose", v.param("whose" + i));
                        }
                        parts.add(part);
                    }
                }
                b.put("parts", parts);
                if (!v.param("rating").isEmpty() || !v.param("narrative").isEmpty()) {
                    Map<String, Object> progress = new LinkedHashMap<>();
                    progress.put("rating", v.param("rating").isEmpty() ? null : Integer.valueOf(v.param("rating")));
                    progress.put("narrative", v.param("narrative"));
                    b.put("progress", progress);
                }
            }
            case "decisions" -> {
                b.put("what", v.param("what"));
                b.put("why", v.param("why"));
                b.put("outcomeIds", outcomeIds);
                b.put("decidedBy", v.session.user());
                if (!v.param("option").isEmpty() || !v.param("whyNot").isEmpty()) {
                    b.put("alternatives", List.of(Map.of("option", v.param("option"), "whyNot", v.param("whyNot"))));
                }
            }
            case "perspectives" -> {
                b.put("aboutId", v.param("about"));
                b.put("whose", Map.of("role", "person", "name", v.session.user()));
                b.put("view", v.param("view"));
                b.put("language", language);
                b.put("stance", "own-view");
            }
            default -> {
                List<Map<String, String>> results = new ArrayList<>();
                for (JsonNode o : outcomes) {
                    String oid = o.path("id").asText();
                    if (!v.param("result-" + oid).isEmpty()) {
                        results.add(Map.of("outcomeId", oid, "result", v.param("result-" + oid), "learnt", v.param("learnt-" + oid)));
                    }
                }
                b.put("results", results);
                b.put("summary", v.param("summary"));
            }
        }
        return b;
    }

    private void form(Visit v, JsonNode person, String collection, JsonNode outcomes, List<String[]> errors) throws IOException {
        Messages m = v.m;
        String key = collection.equals("entries") ? "entry" : collection.substring(0, collection.length() - 1);
        StringBuilder fields = new StringBuilder();
        switch (collection) {
            case "entries" -> {
                fields.append(select(v, "kind", m.t("entry.kind"), "entryKind"))
                        .append(outcomeChoice(v, outcomes));
                for (int i = 1; i <= PARTS; i++) {
                    fields.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
                            .append(m.h("entry.part", i)).append("</legend>")
                            .append(radios(v, "type" + i, m.t("entry.partType"), "partType", true))
                            .append(textarea(v, "text" + i, m.t("entry.text"), null, 3))
                            .append(input(v, "whose" + i, m.t("entry.whose"), m.t("entry.whoseHint")))
                            .append("</fieldset>");
                }
                fields.append(languageChoice(v))
                        .append(select(v, "rating", m.t("entry.rating"), null))
                        .append(textarea(v, "narrative", m.t("entry.narrative"), m.t("entry.narrativeHint"), 2));
            }
            case "decisions" -> fields.append(textarea(v, "what", m.t("decision.what"), null, 2))
                    .append(textarea(v, "why", m.t("decision.why"), m.t("decision.whyHint"), 4))
                    .append(outcomeChoice(v, outcomes))
                    .append(input(v, "option", m.t("decision.option"), m.t("decision.optionHint")))
                    .append(textarea(v, "whyNot", m.t("decision.whyNotLabel"), null, 2));
            case "perspectives" -> fields.append(outcomeRadios(v, outcomes))
                    .append(textarea(v, "view", m.t("perspective.view"), m.t("perspective.viewHint"), 5))
                    .append(languageChoice(v));
            default -> {
                for (JsonNode o : outcomes) {
                    String oid = o.path("id").asText();
                    fields.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">“<span lang=\"")
                            .append(esc(o.path("language").asText())).append("\">").append(esc(o.path("ownWords").asText()))
                            .append("</span>”</legend>")
                            .append(radios(v, "result-" + oid, m.t("review.result"), "reviewResult", false))
                            .append(textarea(v, "learnt-" + oid, m.t("review.learnt"), null, 2))
                            .append("</fieldset>");
                }
                fields.append(textarea(v, "summary", m.t("review.summary"), null, 3));
            }
        }
        String summary = errors.isEmpty() ? "" : errorSummary(m, errors);
        String id = url(person.path("id").asText());
        v.html(errors.isEmpty() ? 200 : 422, Layout.page(v, (errors.isEmpty() ? "" : m.t("form.error") + ": ") + m.t(key + ".add")
                + " – " + PersonPages.name(person), """
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                %s
                <span class="govuk-caption-l">%s</span>
                <h1 class="govuk-heading-l">%s</h1>
                <form method="post" action="%s/people/%s/%s" novalidate>
                %s
                %s
                <div class="govuk-button-group">
                <button type="submit" class="govuk-button" data-module="govuk-button">%s</button>
                <a class="govuk-link" href="%s/people/%s">%s</a>
                </div>
                </form>
                </div></div>
                """.formatted(summary, esc(PersonPages.name(person)), m.h(key + ".add"), Visit.ROOT, esc(id), collection,
                v.csrfField(), fields, m.h("form.save"), Visit.ROOT, esc(id), m.h("form.cancel"))));
    }

    /** What the API refused, field by field: {field, message} pairs. */
    static List<String[]> errors(ApiClient.Reply refused) {
        List<String[]> errors = new ArrayList<>();
        refused.json().path("errors").forEach(e -> errors.add(new String[] {e.path("field").asText(), e.path("message").asText()}));
        if (errors.isEmpty()) {
            errors.add(new String[] {"", refused.detail()});
        }
        return errors;
    }

    /** GOV.UK's error summary of what the API refused; its words are the API's. */
    static String errorSummary(Messages m, List<String[]> errors) {
        StringBuilder list = new StringBuilder();
        for (String[] e : errors) {
            list.append("<li>").append(esc(e[0].isEmpty() ? e[1] : e[0] + ": " + e[1])).append("</li>");
        }
        return """
                <div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
                <h2 class="govuk-error-summary__title">%s</h2>
                <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">%s</ul></div></div></div>
                """.formatted(m.h("form.errorSummary"), list);
    }

    /** One choice of a set of radios or checkboxes; {@code lang} when its words are in a language of their own. */
    private record Choice(String value, String label, String lang) {
    }

    /**
     * GOV.UK radios ({@code multiple} false) or checkboxes: the values chosen in this request stay chosen,
     * else {@code preset}.
     */
    private static String choices(Visit v, boolean multiple, String name, String legend, List<Choice> options,
                                  List<String> preset) {
        String kind = multiple ? "checkboxes" : "radios";
        String[] sent = v.request.getParameterValues(name);
        List<String> chosen = sent == null ? preset : List.of(sent);
        StringBuilder b = new StringBuilder("<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">")
                .append(esc(legend)).append("</legend><div class=\"govuk-").append(kind).append(" govuk-").append(kind)
                .append("--small\" data-module=\"govuk-").append(kind).append("\">");
        int i = 0;
        for (Choice c : options) {
            String id = name + "-" + ++i;
            b.append("<div class=\"govuk-").append(kind).append("__item\"><input class=\"govuk-").append(kind).append("__input\" id=\"")
                    .append(esc(id)).append("\" name=\"").append(esc(name)).append("\" type=\"").append(multiple ? "checkbox" : "radio")
                    .append("\" value=\"").append(esc(c.value())).append('"').append(chosen.contains(c.value()) ? " checked" : "")
                    .append("><label class=\"govuk-label govuk-").append(kind).append("__label\" for=\"").append(esc(id)).append('"')
                    .append(c.lang() == null ? "" : " lang=\"" + esc(c.lang()) + "\"").append('>').append(esc(c.label()))
                    .append("</label></div>");
        }
        return b.append("</div></fieldset></div>").toString();
    }

    /** The person's outcomes in their own words, to say which the item is about. */
    private static List<Choice> outcomeChoices(JsonNode outcomes) {
        List<Choice> options = new ArrayList<>();
        outcomes.forEach(o -> options.add(new Choice(o.path("id").asText(), "“" + o.path("ownWords").asText() + "”",
                o.path("language").asText(null))));
        return options;
    }

    /** Which one outcome the person's words are about (the first, unless chosen). */
    private static String outcomeRadios(Visit v, JsonNode outcomes) {
        List<Choice> options = outcomeChoices(outcomes);
        return choices(v, false, "about", v.m.t("perspective.about"), options,
                options.isEmpty() ? List.of() : List.of(options.get(0).value()));
    }

    private static String outcomeChoice(Visit v, JsonNode outcomes) {
        return choices(v, true, "outcome", v.m.t("form.outcomes"), outcomeChoices(outcomes), List.of());
    }

    private static List<Choice> vocabulary(Messages m, String set, List<String> values) {
        return values.stream().map(value -> new Choice(value, Vocabulary.label(m, set, value), null)).toList();
    }

    /** Radios of a vocabulary's values; with {@code firstChosen}, the first unless another was. */
    static String radios(Visit v, String name, String legend, String set, boolean firstChosen) {
        List<String> values = Vocabulary.SETS.get(set);
        return choices(v, false, name, legend, vocabulary(v.m, set, values), firstChosen ? List.of(values.get(0)) : List.of());
    }

    /** Checkboxes of some values of a vocabulary (named like the field). */
    static String checkboxes(Visit v, String name, String legend, List<String> values) {
        return choices(v, true, name, legend, vocabulary(v.m, name, values), List.of());
    }

    private static String languageChoice(Visit v) {
        return choices(v, false, "language", v.m.t("entry.language"), vocabulary(v.m, "language", Messages.LANGUAGES),
                List.of(v.m.language()));
    }

    /** A select of a vocabulary's values, or of the ratings 0 to 10 when {@code set} is null. */
    private static String select(Visit v, String name, String label, String set) {
        StringBuilder options = new StringBuilder("<option value=\"\"></option>");
        List<String> values = set == null ? List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10") : Vocabulary.SETS.get(set);
        for (String value : values) {
            options.append("<option value=\"").append(esc(value)).append('"').append(value.equals(v.param(name)) ? " selected" : "")
                    .append('>').append(esc(set == null ? value : Vocabulary.label(v.m, set, value))).append("</option>");
        }
        return """
                <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="%1$s">%2$s</label>
                <select class="govuk-select" id="%1$s" name="%1$s">%3$s</select></div>
                """.formatted(esc(name), esc(label), options);
    }

    private static String textarea(Visit v, String name, String label, String hint, int rows) {
        return """
                <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="%1$s">%2$s</label>%3$s
                <textarea class="govuk-textarea" id="%1$s" name="%1$s" rows="%4$d"%5$s>%6$s</textarea></div>
                """.formatted(esc(name), esc(label), hint(name, hint), rows, hint == null ? "" : " aria-describedby=\"" + esc(name) + "-hint\"",
                esc(v.param(name)));
    }

    private static String input(Visit v, String name, String label, String hint) {
        return """
                <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="%1$s">%2$s</label>%3$s
                <input class="govuk-input" id="%1$s" name="%1$s" type="text"%4$s value="%5$s"></div>
                """.formatted(esc(name), esc(label), hint(name, hint), hint == null ? "" : " aria-describedby=\"" + esc(name) + "-hint\"",
                esc(v.param(name)));
    }

    private static String hint(String name, String hint) {
        return hint == null ? "" : "<div id=\"" + esc(name) + "-hint\" class=\"govuk-hint\">" + esc(hint) + "</div>";
    }
}
