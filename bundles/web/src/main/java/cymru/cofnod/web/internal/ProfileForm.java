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
 * Editing the one-page profile: one line a row under each heading, started from the profile as it stands
 * or, before there is one, from the draft the learning logs make. Each line keeps the entries it came
 * from while its words are unchanged; the sources and who last wrote the profile are shown beside it.
 */
final class ProfileForm {

    private static final List<String> SECTIONS = List.of("importantToMe", "howBestToSupportMe");

    void route(Visit v, JsonNode person, boolean post) throws IOException {
        String id = person.path("id").asText();
        ApiClient.Reply reply = v.api.get("/people/" + url(id) + "/profile");
        if (!reply.ok()) {
            PersonPages.refused(v, reply);
            return;
        }
        JsonNode profile = reply.json().path("profile");
        boolean exists = profile.isObject();
        JsonNode start = exists ? profile : reply.json().path("fromLearningLogs");
        if (!post) {
            Map<String, String[]> typed = new LinkedHashMap<>();
            SECTIONS.forEach(s -> typed.put(s, new String[] {lines(start.path(s))}));
            form(v.sent(SECTIONS.get(0)) ? v : v.withDraft(typed), person, start, exists ? profile : null, FormErrors.none());
            return;
        }
        String language = v.param("language").isEmpty() ? v.m.language() : v.param("language");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("occurredAt", Instant.now().toString());
        SECTIONS.forEach(s -> body.put(s, typedLines(v.param(s), language, start.path(s))));
        ApiClient.Reply saved = exists ? v.api.put("/people/" + url(id) + "/profile", body, profile.path("version").asLong())
                : v.api.post("/people/" + url(id) + "/profile", body);
        if (saved.ok()) {
            v.redirect("/people/" + url(id) + "/profile");
        } else if (saved.status() == 422 || saved.status() == 400 || saved.status() == 412) {
            form(v, person, start, exists ? profile : null, FormErrors.of(v.m, saved,
                    field -> SECTIONS.stream().filter(field::startsWith).findFirst().orElse(null)));
        } else {
            PersonPages.refused(v, saved);
        }
    }

    private static String lines(JsonNode lines) {
        List<String> texts = new ArrayList<>();
        lines.forEach(l -> texts.add(l.path("text").asText()));
        return String.join("\n", texts);
    }

    /** The lines typed, one a row; a line whose words are unchanged keeps the entries it came from. */
    private static List<Map<String, Object>> typedLines(String typed, String language, JsonNode before) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String text : typed.split("\\R")) {
            if (text.isBlank()) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("text", text.trim());
            line.put("language", language);
            List<String> from = new ArrayList<>();
            before.forEach(b -> {
                if (b.path("text").asText().equals(text.trim())) {
                    b.path("fromEntries").forEach(e -> from.add(e.asText()));
                }
            });
            line.put("fromEntries", from);
            lines.add(line);
        }
        return lines;
    }

    private void form(Visit v, JsonNode person, JsonNode start, JsonNode profile, FormErrors errors) throws IOException {
        Messages m = v.m;
        Fields f = new Fields(v, errors);
        String author = profile == null ? m.h("profile.startedFromLogs") : m.h("profile.writtenBy",
                profile.path("provenance").path("recordedBy").asText(),
                Vocabulary.label(m, "agency", profile.path("provenance").path("agency").asText()),
                RecordPages.date(m, profile.path("provenance").path("recordedAt").asText(profile.path("occurredAt").asText())));
        StringBuilder sections = new StringBuilder();
        for (String s : SECTIONS) {
            sections.append("<div class=\"govuk-grid-column-one-half\">")
                    .append(f.textarea(s, m.t("profile." + s), m.t("profile.oneLineEach"), 8))
                    .append("<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
                    .append(m.h("profile.sources")).append("</span></summary><div class=\"govuk-details__text\"><ul class=\"govuk-list govuk-list--bullet\">");
            for (JsonNode line : start.path(s)) {
                sections.append("<li><span lang=\"").append(esc(line.path("language").asText(m.language()))).append("\">")
                        .append(esc(line.path("text").asText())).append("</span>: ")
                        .append(m.h("profile.fromEntries", line.path("fromEntries").size())).append("</li>");
            }
            sections.append("</ul></div></details></div>");
        }
        String fields = """
                <p class="govuk-body">%s</p>
                <div class="govuk-grid-row">%s</div>
                %s
                """.formatted(author, sections, RecordForms.languageChoice(f, m));
        v.html(errors.isEmpty() ? 200 : 422, Fields.page(v, PersonPages.name(person), m.t("profile.edit"), errors,
                "/people/" + url(person.path("id").asText()) + "/profile/edit", fields));
    }
}
