package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The person's access log in the page's language: each reader named (as the realm names them) with their agency's
 * name, emergency access first, and the person's own looks at their record folded into one line so that they never
 * drown what others did. Grouping is over the page of the log shown, which is read 50 lines at a time.
 */
final class AccessLogPage {

    private AccessLogPage() {
    }

    static void show(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        String id = person.path("id").asText();
        String cursor = v.param("cursor");
        ApiClient.Reply reply = v.api.get("/people/" + url(id) + "/access-log?limit=50" + (cursor.isEmpty() ? "" : "&cursor=" + url(cursor)));
        if (!reply.ok()) {
            PersonPages.refused(v, reply);
            return;
        }
        List<JsonNode> emergency = new ArrayList<>();
        List<JsonNode> own = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode line : reply.json().path("items")) {
            if (line.path("breakGlass").asBoolean(false)) {
                emergency.add(line);
            } else if (ownLook(v, line)) {
                own.add(line);
            } else {
                others.add(line);
            }
        }
        AgencyNames agencies = new AgencyNames(v, reply.json().path("items"));
        String more = reply.json().hasNonNull("nextCursor") ? Layout.nextPage(m.h("access.pages"), Visit.ROOT
                + "/people/" + esc(url(id)) + "/access-log?cursor=" + esc(url(reply.json().path("nextCursor").asText())),
                m.h("access.earlier")) : "";
        StringBuilder body = new StringBuilder(RecordPages.header(v, person, "/access-log"))
                .append("<h2 class=\"govuk-heading-l\">").append(m.h("access.title")).append("</h2>\n");
        if (!emergency.isEmpty()) {
            body.append("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
                    .append("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">")
                    .append(m.h("breakGlass.warningLabel")).append("</span>").append(m.h("access.emergencyIntro"))
                    .append("</strong></div>\n").append(table(v, m.t("access.emergency"), emergency, agencies));
        }
        body.append(table(v, m.t("access.others"), others, agencies));
        if (!own.isEmpty()) {
            body.append("<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
                    .append(esc(ownLooks(m, own.size()))).append("</span></summary><div class=\"govuk-details__text\">")
                    .append(table(v, m.t("access.ownTitle"), own, agencies)).append("</div></details>\n");
        }
        v.html(200, Layout.page(v, m.t("access.title") + " – " + PersonPages.name(person), body.append(more).toString()));
    }

    /** A look of the signed-in person at their own record (a page of theirs asking for what is not there too). */
    private static boolean ownLook(Visit v, JsonNode line) {
        return v.session.is("person") && v.session.user().equals(line.path("who").asText())
                && "read".equals(line.path("action").asText());
    }

    /** "You looked at your record 14 times", with the Welsh forms for once and twice. */
    private static String ownLooks(Messages m, int times) {
        return switch (times) {
            case 1 -> m.t("access.ownLooks.one");
            case 2 -> m.t("access.ownLooks.two");
            default -> m.t("access.ownLooks", times);
        };
    }

    private static String table(Visit v, String caption, List<JsonNode> lines, AgencyNames agencies) {
        Messages m = v.m;
        if (lines.isEmpty()) {
            return "<p class=\"govuk-body\">" + esc(caption) + ": " + m.h("access.none") + "</p>\n";
        }
        StringBuilder rows = new StringBuilder();
        for (JsonNode line : lines) {
            rows.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">")
                    .append(esc(RecordPages.dateTime(m, line.path("at").asText())))
                    .append("</td><td class=\"govuk-table__cell\">").append(who(v, line, agencies))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(Vocabulary.label(m, "purpose", line.path("purpose").asText())))
                    .append("</td><td class=\"govuk-table__cell\">").append(esc(what(m, line)))
                    .append(line.path("refused").asBoolean(false) ? " <strong class=\"govuk-tag govuk-tag--grey\">" + m.h("access.refused") + "</strong>" : "")
                    .append(line.path("selfGranted").asBoolean(false) ? "<p class=\"govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0\">"
                            + m.h("access.selfGranted") + "</p>" : "")
                    .append("</td></tr>\n");
        }
        return Layout.scrolling(caption, """
                <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m">%s</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                <th scope="col" class="govuk-table__header">%s</th><th scope="col" class="govuk-table__header">%s</th>
                </tr></thead>
                <tbody class="govuk-table__body">
                %s</tbody></table>
                """.formatted(esc(caption), m.h("access.when"), m.h("access.who"), m.h("access.why"), m.h("access.what"), rows));
    }

    /** "You", or the reader's name (their login when the realm gives none) and their agency's name. */
    private static String who(Visit v, JsonNode line, AgencyNames agencies) {
        String user = line.path("who").asText();
        if (v.session.user().equals(user)) {
            return v.m.h("access.you");
        }
        String name = esc(line.path("whoName").asText(user));
        return line.hasNonNull("agency") ? name + ", " + agencies.html(line.path("agency").asText()) : name;
    }

    /** What happened, in the page's language: the action (tried, when refused) and the part of the record. */
    private static String what(Messages m, JsonNode line) {
        String part = line.path("part").asText("record");
        String words = Vocabulary.label(m, "accessPart", Vocabulary.SETS.get("accessPart").contains(part) ? part : "record");
        String action = line.path("action").asText("read");
        boolean refused = line.path("refused").asBoolean(false);
        return switch (action) {
            case "write" -> m.t(refused ? "access.did.writeRefused" : "access.did.write", words);
            case "consent" -> m.t(refused ? "access.did.writeRefused" : "access.did.consent", words);
            case "break-glass" -> m.t("access.did.breakGlass", words);
            default -> m.t(refused ? "access.did.readRefused" : "access.did.read", words);
        };
    }

    /**
     * Agencies' names: the page's own words for those it knows, else the name in the agency's configuration
     * ({@code GET /agencies}, asked once and only then), marked as English, since configurations are.
     */
    private static final class AgencyNames {

        private final Messages m;
        private final Map<String, String> configured = new HashMap<>();

        AgencyNames(Visit v, JsonNode lines) {
            this.m = v.m;
            boolean unknown = false;
            for (JsonNode line : lines) {
                unknown |= line.hasNonNull("agency") && !Vocabulary.SETS.get("agency").contains(line.path("agency").asText());
            }
            ApiClient.Reply reply = unknown ? v.api.get("/agencies") : null;
            if (reply != null && reply.ok()) {
                reply.json().forEach(a -> configured.put(a.path("id").asText(), a.path("name").asText(null)));
            }
        }

        String html(String agency) {
            if (Vocabulary.SETS.get("agency").contains(agency)) {
                return esc(Vocabulary.label(m, "agency", agency));
            }
            String name = configured.get(agency);
            return name == null ? esc(agency)
                    : "en".equals(m.language()) ? esc(name) : "<span lang=\"en\">" + esc(name) + "</span>";
        }
    }
}
