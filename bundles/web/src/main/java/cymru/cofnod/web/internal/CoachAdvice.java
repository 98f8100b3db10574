package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recording coach beside the fields of the record's forms, from the API's {@code POST /coach/advice}.
 * Each coached field has a live region after it: the script ({@code coach.js}) fills it as the practitioner
 * writes, through {@link #answer}; without the script, a form sent with advice to give comes back with the
 * advice in those regions and a "save anyway" box, and saves once that is ticked. Only practitioners are
 * coached: the person's own words are theirs, as the API's advice on a write says too.
 */
final class CoachAdvice {

    /** Where the script asks for advice on what is being typed. */
    static final String PATH = "/coach/advice";
    static final String SAVE_ANYWAY = "saveAnyway";
    /** The longest text the coach reads; longer texts get no advice rather than an error. */
    private static final int MAX_LENGTH = 8000;
    private static final Set<String> FIELDS = Set.of("outcome", "entry", "decision", "review", "perspective");

    /**
     * A field of a form the coach reads: its input, the coach's field, and the input saying whose opinion it
     * is (null when there is none): an opinion that says whose it is is not asked whose it is.
     */
    record Coached(String input, String field, String whoseInput) {

        Coached(String input, String field) {
            this(input, field, null);
        }
    }

    private final List<Coached> fields;
    /** The advice on each input, as the API answered it. */
    private final Map<String, List<JsonNode>> given;

    private CoachAdvice(List<Coached> fields, Map<String, List<JsonNode>> given) {
        this.fields = fields;
        this.given = given;
    }

    /** Regions for these fields, with no advice in them yet. */
    static CoachAdvice beside(Visit v, List<Coached> fields) {
        return new CoachAdvice(v.session.is("practitioner") ? fields : List.of(), Map.of());
    }

    /** The advice on what the form sent, unless the user chose to save anyway. */
    CoachAdvice ask(Visit v) {
        if (!v.param(SAVE_ANYWAY).isEmpty()) {
            return this;
        }
        Map<String, List<JsonNode>> advice = new LinkedHashMap<>();
        for (Coached c : fields) {
            List<JsonNode> on = adviceOn(v, v.param(c.input()), c.field(), v.param("language"),
                    c.whoseInput() != null && !v.param(c.whoseInput()).isEmpty());
            if (!on.isEmpty()) {
                advice.put(c.input(), on);
            }
        }
        return new CoachAdvice(fields, advice);
    }

    boolean given() {
        return !given.isEmpty();
    }

    /** The live region after {@code input}'s field, with the advice on it when there is some; nothing if not coached. */
    String region(Visit v, String input) {
        return fields.stream().filter(c -> c.input().equals(input)).findFirst().map(c ->
                "<div class=\"cofnod-advice\" id=\"" + esc(input) + "-advice\" aria-live=\"polite\" data-coach-for=\""
                        + esc(input) + "\" data-coach-field=\"" + c.field() + "\""
                        + (c.whoseInput() == null ? "" : " data-coach-whose=\"" + esc(c.whoseInput()) + "\"")
                        + " data-coach-url=\"" + Visit.ROOT + PATH + "\">"
                        + html(v.m, given.getOrDefault(input, List.of())) + "</div>\n").orElse("");
    }

    /** After the fields: when there is advice, the way to save anyway; and the script, when anything is coached. */
    String end(Visit v, Fields f) {
        if (fields.isEmpty()) {
            return "";
        }
        Messages m = v.m;
        String saveAnyway = !given() ? "" : """
                <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">%s</span>%s</strong></div>
                """.formatted(m.h("coach.advice"), m.h("coach.given"))
                + f.checkboxes(SAVE_ANYWAY, m.t("coach.saveAnyway.legend"), null,
                List.of(new Fields.Choice("yes", m.t("coach.saveAnyway"), null)), List.of());
        return saveAnyway + "<script type=\"module\" src=\"" + Visit.ROOT + "/assets/coach.js\"></script>\n";
    }

    /** The script's question: the advice on one text as it is being typed, as HTML for the field's region. */
    static void answer(Visit v) throws IOException {
        String language = v.param("pageLanguage");
        Visit in = Messages.LANGUAGES.contains(language) ? v.in(language) : v;
        String field = v.param("field");
        List<JsonNode> advice = FIELDS.contains(field)
                ? adviceOn(v, v.param("text"), field, v.param("language"), !v.param("whose").isEmpty()) : List.of();
        in.html(200, html(in.m, advice));
    }

    private static List<JsonNode> adviceOn(Visit v, String text, String field, String language, boolean whoseSaid) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return List.of();
        }
        Map<String, String> question = new LinkedHashMap<>();
        question.put("text", text);
        question.put("field", field);
        if (Messages.LANGUAGES.contains(language)) {
            question.put("language", language);
        }
        ApiClient.Reply reply = v.api.post(PATH, question);
        List<JsonNode> advice = new ArrayList<>();
        if (reply.ok()) {
            reply.json().path("advice").forEach(a -> {
                if (!(whoseSaid && a.path("kind").asText().equals("opinion-as-fact"))) {
                    advice.add(a);
                }
            });
        }
        return advice;
    }

    /** Advice in GOV.UK's inset style (advice, never an error), in the page's language. */
    private static String html(Messages m, List<JsonNode> advice) {
        StringBuilder b = new StringBuilder();
        for (JsonNode a : advice) {
            b.append("<div class=\"govuk-inset-text\"><p class=\"govuk-body\"><span class=\"govuk-visually-hidden\">")
                    .append(m.h("coach.advice")).append(": </span>").append(esc(a.path("message").path(m.language()).asText()))
                    .append("</p><p class=\"govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0\">")
                    .append(esc(a.path("question").path(m.language()).asText())).append("</p></div>");
        }
        return b.toString();
    }
}
