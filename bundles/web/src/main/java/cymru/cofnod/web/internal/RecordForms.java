package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Adding to a record, one POST to the API each: an outcome in the person's own words, an entry led by
 * what the person said, a decision with its why, a review of the outcomes, a perspective. What the API
 * refuses comes back on the form, each error at its field, with everything typed still there.
 */
final class RecordForms {

    /** An entry's parts, in the order the form asks for them: the person's words first. */
    private record Part(String input, String type, String whoseInput) {
    }

    private static final List<Part> PARTS = List.of(new Part("ownWords", "own-words", "ownWordsWhose"),
            new Part("observation", "observation", null), new Part("opinion", "opinion", "opinionWhose"));

    private static final List<String> COLLECTIONS = List.of("outcomes", "entries", "decisions", "reviews", "perspectives");

    /** @return false when {@code page} is not a form of the record */
    boolean route(Visit v, JsonNode person, boolean post, String page) throws IOException {
        String collection = page.endsWith("/new") ? page.substring(0, page.length() - 4) : page;
        if (!COLLECTIONS.contains(collection) || post == page.endsWith("/new")) {
            return false;
        }
        String id = person.path("id").asText();
        ApiClient.Reply outcomes = v.api.get("/people/" + url(id) + "/outcomes?limit=50");
        if (!outcomes.ok()) {
            PersonPages.refused(v, outcomes);
            return true;
        }
        JsonNode items = outcomes.json().path("items");
        CoachAdvice coach = CoachAdvice.beside(v, coached(collection, items));
        if (!post) {
            form(v, person, collection, items, FormErrors.none(), coach);
            return true;
        }
        CoachAdvice advice = coach.ask(v);
        if (advice.given()) {
            // before saving: the advice beside the fields, and the text as typed to change or save anyway
            form(v, person, collection, items, FormErrors.none(), advice);
            return true;
        }
        ApiClient.Reply added = v.api.post("/people/" + url(id) + "/" + collection, body(v, collection, items));
        if (added.ok()) {
            v.redirect("/people/" + url(id) + (collection.equals("outcomes") ? "" : "/journey"));
        } else if (added.status() == 422 || added.status() == 400) {
            form(v, person, collection, items, FormErrors.of(v.m, added, fieldFor(v, collection, items)), coach);
        } else {
            PersonPages.refused(v, added);
        }
        return true;
    }

    /** The fields of each form the coach reads: what practitioners write, never the person's own words. */
    private static List<CoachAdvice.Coached> coached(String collection, JsonNode outcomes) {
        List<CoachAdvice.Coached> coached = new ArrayList<>();
        switch (collection) {
            case "outcomes" -> coached.add(new CoachAdvice.Coached("ownWords", "outcome"));
            case "entries" -> coached.addAll(List.of(new CoachAdvice.Coached("observation", "entry"),
                    new CoachAdvice.Coached("opinion", "entry", "opinionWhose"), new CoachAdvice.Coached("narrative", "entry")));
            case "decisions" -> coached.addAll(List.of(new CoachAdvice.Coached("why", "decision"),
                    new CoachAdvice.Coached("whyNot", "decision")));
            case "perspectives" -> coached.add(new CoachAdvice.Coached("view", "perspective"));
            default -> {
                outcomes.forEach(o -> coached.add(new CoachAdvice.Coached("learnt-" + o.path("id").asText(), "review")));
                coached.add(new CoachAdvice.Coached("summary", "review"));
            }
        }
        return coached;
    }

    /** The API's JSON for what the form sent. */
    private static Map<String, Object> body(Visit v, String collection, JsonNode outcomes) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("occurredAt", Instant.now().toString());
        List<String> outcomeIds = List.of(v.values("outcome"));
        String language = v.param("language").isEmpty() ? v.m.language() : v.param("language");
        switch (collection) {
            case "outcomes" -> {
                b.put("ownWords", v.param("ownWords"));
                b.put("language", language);
                b.put("type", v.param("type"));
                b.put("expressedBy", v.param("expressedBy").equals("someone-else") ? v.param("expressedByName") : "person");
                putIfTyped(b, "professionalRestatement", v.param("professionalRestatement"));
            }
            case "entries" -> {
                b.put("kind", v.param("kind"));
                b.put("outcomeIds", outcomeIds);
                List<Map<String, String>> parts = new ArrayList<>();
                for (Part p : typedParts(v)) {
                    Map<String, String> part = new LinkedHashMap<>();
                    part.put("type", p.type());
                    part.put("text", v.param(p.input()));
                    part.put("language", language);
                    if (p.whoseInput() != null) {
                        putIfTyped(part, "whose", v.param(p.whoseInput()));
                    }
                    parts.add(part);
                }
                b.put("parts", parts);
                if (v.session.is("person")) {
                    // who reads what the person writes is their own choice: the agencies involved, or only them
                    b.put("sharedWith", "only-me".equals(v.param("sharedWith")) ? "only-me" : "involved");
                }
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
                boolean practitioner = v.session.is("practitioner");
                Map<String, String> whose = new LinkedHashMap<>();
                whose.put("role", practitioner ? "practitioner" : "person");
                whose.put("name", v.session.user());
                if (practitioner) {
                    whose.put("agency", v.session.agency());
                }
                b.put("whose", whose);
                b.put("view", v.param("view"));
                b.put("language", language);
                b.put("stance", practitioner ? v.param("stance") : "own-view");
            }
            default -> {
                List<Map<String, String>> results = new ArrayList<>();
                for (String oid : chosenResults(v, outcomes)) {
                    results.add(Map.of("outcomeId", oid, "result", v.param("result-" + oid), "learnt", v.param("learnt-" + oid)));
                }
                b.put("results", results);
                b.put("summary", v.param("summary"));
            }
        }
        return b;
    }

    private static void putIfTyped(Map<String, ? super String> body, String field, String value) {
        if (!value.isEmpty()) {
            body.put(field, value);
        }
    }

    /** The parts of an entry the user wrote something in, in the form's order (the API's {@code parts[i]}). */
    private static List<Part> typedParts(Visit v) {
        return PARTS.stream().filter(p -> !v.param(p.input()).isEmpty()).toList();
    }

    /** The outcomes a review gave a result for, in the form's order (the API's {@code results[i]}). */
    private static List<String> chosenResults(Visit v, JsonNode outcomes) {
        List<String> chosen = new ArrayList<>();
        outcomes.forEach(o -> {
            if (!v.param("result-" + o.path("id").asText()).isEmpty()) {
                chosen.add(o.path("id").asText());
            }
        });
        return chosen;
    }

    /** The form's field for each field the API names. */
    private static Function<String, String> fieldFor(Visit v, String collection, JsonNode outcomes) {
        return field -> {
            int index = field.matches("\\w+\\[\\d+].*") ? Integer.parseInt(field.replaceAll("^\\w+\\[(\\d+)].*$", "$1")) : -1;
            return switch (collection) {
                case "outcomes" -> switch (field) {
                    case "ownWords", "type", "language", "professionalRestatement" -> field;
                    case "expressedBy" -> "expressedByName";
                    default -> null;
                };
                case "entries" -> {
                    List<Part> typed = typedParts(v);
                    if (field.equals("kind") || field.equals("sharedWith")) {
                        yield field;
                    } else if (field.equals("parts") || field.startsWith("progress")) {
                        yield field.equals("parts") ? "ownWords" : "narrative";
                    } else if (index >= 0 && index < typed.size()) {
                        Part p = typed.get(index);
                        yield field.endsWith(".whose") && p.whoseInput() != null ? p.whoseInput() : p.input();
                    }
                    yield null;
                }
                case "decisions" -> switch (field) {
                    case "what", "why" -> field;
                    case "outcomeIds" -> "outcome";
                    default -> field.startsWith("alternatives") ? (field.endsWith("whyNot") ? "whyNot" : "option") : null;
                };
                case "perspectives" -> switch (field) {
                    case "aboutId" -> "about";
                    case "view", "stance", "language" -> field;
                    default -> null;
                };
                default -> {
                    List<String> chosen = chosenResults(v, outcomes);
                    if (field.equals("results") && !outcomes.isEmpty()) {
                        yield "result-" + outcomes.path(0).path("id").asText();
                    } else if (index >= 0 && index < chosen.size()) {
                        yield (field.endsWith(".learnt") ? "learnt-" : "result-") + chosen.get(index);
                    }
                    yield field.equals("summary") ? "summary" : null;
                }
            };
        };
    }

    private void form(Visit v, JsonNode person, String collection, JsonNode outcomes, FormErrors errors, CoachAdvice coach)
            throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        String name = PersonPages.name(person);
        String key = switch (collection) {
            case "entries" -> "entry";
            case "outcomes" -> "outcome";
            case "perspectives" -> v.session.is("practitioner") ? "perspective.addPractitioner" : "perspective";
            default -> collection.substring(0, collection.length() - 1);
        };
        StringBuilder fields = new StringBuilder();
        switch (collection) {
            case "outcomes" -> fields.append(f.textarea("ownWords", m.t("outcome.ownWords", name), m.t("outcome.ownWordsHint"), 4))
                    .append(coach.region(v, "ownWords"))
                    .append(f.radios("expressedBy", m.t("outcome.expressedBy"), null, List.of(
                            new Fields.Choice("person", m.t("outcome.expressedBy.person", name), null),
                            new Fields.Choice("someone-else", m.t("outcome.expressedBy.someoneElse"), null)), "person"))
                    .append(f.input("expressedByName", m.t("outcome.expressedByName"), m.t("outcome.expressedByNameHint")))
                    .append(languageChoice(f, m))
                    .append(f.radios("type", m.t("outcome.type"), null, List.of(
                            new Fields.Choice("change", m.t("outcomeType.change"), null, m.t("outcome.type.changeHint")),
                            new Fields.Choice("maintenance", m.t("outcomeType.maintenance"), null, m.t("outcome.type.maintenanceHint")),
                            new Fields.Choice("process", m.t("outcomeType.process"), null, m.t("outcome.type.processHint"))), null))
                    .append(f.textarea("professionalRestatement", m.t("outcome.restatement"), m.t("outcome.restatementHint"), 3));
            case "entries" -> {
                fields.append(f.radios("kind", m.t("entry.kind"), null, Fields.vocabulary(m, "entryKind"), "what-matters"))
                        .append(f.textarea("ownWords", m.t("entry.ownWords", name), m.t("entry.ownWordsHint"), 4))
                        .append(f.input("ownWordsWhose", m.t("entry.ownWordsWhose"), m.t("entry.ownWordsWhoseHint")))
                        .append(outcomeChoice(f, m, outcomes))
                        .append(f.textarea("observation", m.t("entry.observation"), m.t("entry.observationHint"), 3))
                        .append(coach.region(v, "observation"))
                        .append(f.textarea("opinion", m.t("entry.opinion"), m.t("entry.opinionHint"), 3))
                        .append(coach.region(v, "opinion"))
                        .append(f.input("opinionWhose", m.t("entry.whose"), m.t("entry.whoseHint"), "", v.session.user()))
                        .append(languageChoice(f, m))
                        .append(f.select("rating", m.t("entry.rating"), ratings(), ""))
                        .append(f.textarea("narrative", m.t("entry.narrative"), m.t("entry.narrativeHint"), 2))
                        .append(coach.region(v, "narrative"));
                if (v.session.is("person")) {
                    fields.append(f.radios("sharedWith", m.t("entry.sharedWith"), null, List.of(
                            new Fields.Choice("involved", m.t("entry.sharedWith.involved"), null,
                                    m.t("entry.sharedWith.involvedHint")),
                            new Fields.Choice("only-me", m.t("entry.sharedWith.onlyMe"), null,
                                    m.t("entry.sharedWith.onlyMeHint"))), "involved"));
                }
            }
            case "decisions" -> fields.append(f.textarea("what", m.t("decision.what"), null, 2))
                    .append(f.textarea("why", m.t("decision.why"), m.t("decision.whyHint"), 4))
                    .append(coach.region(v, "why"))
                    .append(outcomeChoice(f, m, outcomes))
                    .append(f.input("option", m.t("decision.option"), m.t("decision.optionHint")))
                    .append(f.textarea("whyNot", m.t("decision.whyNotLabel"), null, 2))
                    .append(coach.region(v, "whyNot"));
            case "perspectives" -> {
                List<Fields.Choice> about = outcomeChoices(outcomes);
                fields.append(f.radios("about", m.t("perspective.about"), null, about, about.isEmpty() ? null : about.get(0).value()))
                        .append(f.textarea("view", m.t(v.session.is("practitioner") ? "perspective.viewPractitioner" : "perspective.view"),
                                m.t("perspective.viewHint"), 5))
                        .append(coach.region(v, "view"));
                if (v.session.is("practitioner")) {
                    fields.append(f.radios("stance", m.t("perspective.stance"), null, Fields.vocabulary(m, "stance"), "own-view"));
                }
                fields.append(languageChoice(f, m));
            }
            default -> {
                for (JsonNode o : outcomes) {
                    String oid = o.path("id").asText();
                    fields.append("<fieldset class=\"govuk-fieldset govuk-!-margin-bottom-6\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">“<span lang=\"")
                            .append(Html.esc(o.path("language").asText())).append("\">").append(Html.esc(o.path("ownWords").asText()))
                            .append("</span>”</legend>")
                            .append(f.radios("result-" + oid, m.t("review.result"), null, Fields.vocabulary(m, "reviewResult"), null))
                            .append(f.textarea("learnt-" + oid, m.t("review.learnt"), null, 2))
                            .append(coach.region(v, "learnt-" + oid))
                            .append("</fieldset>");
                }
                fields.append(f.textarea("summary", m.t("review.summary"), null, 3)).append(coach.region(v, "summary"));
            }
        }
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, name, m.t(key.endsWith("Practitioner") ? key : key + ".add"), errors,
                "/people/" + url(person.path("id").asText()) + "/" + collection, "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">"
                        + fields + coach.end(v, f) + "</div></div>"));
    }

    private static List<Fields.Choice> ratings() {
        List<Fields.Choice> r = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            r.add(new Fields.Choice(Integer.toString(i), Integer.toString(i), null));
        }
        return r;
    }

    /** The person's outcomes in their own words, to say which the item is about. */
    static List<Fields.Choice> outcomeChoices(JsonNode outcomes) {
        List<Fields.Choice> options = new ArrayList<>();
        outcomes.forEach(o -> options.add(new Fields.Choice(o.path("id").asText(), "“" + o.path("ownWords").asText() + "”",
                o.path("language").asText(null))));
        return options;
    }

    private static String outcomeChoice(Fields f, Messages m, JsonNode outcomes) {
        return f.checkboxes("outcome", m.t("form.outcomes"), null, outcomeChoices(outcomes), List.of());
    }

    static String languageChoice(Fields f, Messages m) {
        return f.radios("language", m.t("entry.language"), null, Fields.vocabulary(m, "language"), m.language());
    }
}
