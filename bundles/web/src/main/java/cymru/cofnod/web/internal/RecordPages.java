package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.esc;
import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A person's record at a glance, their journey across agencies, and their one-page profile. */
final class RecordPages {

    static final ZoneId WALES = ZoneId.of("Europe/London");

    /** The record at a glance: outcomes in their own words first, strengths beside risks, who is involved. */
    void glance(Visit v, JsonNode person) throws IOException {
        Messages m = v.m;
        String id = person.path("id").asText();
        ApiClient.Reply outcomes = v.api.get("/people/" + url(id) + "/outcomes?limit=50");
        ApiClient.Reply sr = v.api.get("/people/" + url(id) + "/strengths-and-risks");
        if (!outcomes.ok() || !sr.ok()) {
            PersonPages.refused(v, outcomes.ok() ? sr : outcomes);
            return;
        }
        Set<String> involved = new LinkedHashSet<>();
        StringBuilder said = new StringBuilder();
        for (JsonNode o : outcomes.json().path("items")) {
            o.path("agencies").forEach(a -> involved.add(a.asText()));
            said.append("<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\">")
                    .append("<h3 class=\"govuk-summary-card__title\">").append(m.h("record.inTheirWords")).append("</h3>")
                    .append("<strong class=\"govuk-tag\">").append(esc(Vocabulary.label(m, "outcomeStatus", o.path("status").asText())))
                    .append("</strong></div><div class=\"govuk-summary-card__content\">")
                    .append("<blockquote class=\"govuk-inset-text govuk-!-font-size-24\" lang=\"").append(esc(o.path("language").asText(m.language())))
                    .append("\">“").append(esc(o.path("ownWords").asText())).append("”</blockquote><dl class=\"govuk-summary-list govuk-summary-list--no-border\">")
                    .append(PersonPages.row(m.h("record.outcomeType"), esc(Vocabulary.label(m, "outcomeType", o.path("type").asText()))));
            if (o.hasNonNull("professionalRestatement")) {
                said.append(PersonPages.row(m.h("record.restatement"), esc(o.path("professionalRestatement").asText())));
            }
            said.append(PersonPages.row(m.h("record.workingTowards"), esc(agencies(m, o.path("agencies")))))
                    .append("</dl></div></div>\n");
        }
        if (said.isEmpty()) {
            said.append("<p class=\"govuk-body\">").append(m.h(outcomes.json().path("withheld").asBoolean(false)
                    ? "record.outcomesNotShared" : "record.noOutcomes")).append("</p>");
        }
        boolean withheld = sr.json().path("withheld").asBoolean(false);
        String strengths = items(m, sr.json().path("strengths"), withheld, "record.noStrengths", false);
        String risks = items(m, sr.json().path("risks"), withheld, "record.noRisks", true);
        v.html(200, Layout.page(v, PersonPages.name(person), header(v, person, "") + """
                %s
                <h2 class="govuk-heading-l">%s</h2>
                %s
                <div class="govuk-grid-row">
                <div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">%s</h2>%s</div>
                <div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">%s</h2>%s</div>
                </div>
                <h2 class="govuk-heading-m">%s</h2>
                <p class="govuk-body">%s</p>
                %s
                """.formatted(ConsentPages.withheld(v, outcomes.json(), id), m.h("record.outcomes"), said, m.h("record.strengths"), strengths, m.h("record.risks"), risks,
                m.h("record.involved"), involved.isEmpty() ? m.h("record.nobodyYet") : esc(agencies(m, involved)),
                PersonPages.details(m, person))));
    }

    /**
     * Strengths or risks as a list. When consent withheld some, the page never says "none": it says that what
     * there is was not all shared with this reader.
     */
    private static String items(Messages m, JsonNode list, boolean withheld, String noneKey, boolean risks) {
        if (list.isEmpty()) {
            return "<p class=\"govuk-body\">" + m.h(withheld ? "record.notShared" : noneKey) + "</p>";
        }
        StringBuilder b = new StringBuilder(withheld ? "<p class=\"govuk-body\">" + m.h("record.someNotShared") + "</p>" : "")
                .append("<ul class=\"govuk-list govuk-list--bullet\">");
        for (JsonNode s : list) {
            JsonNode item = s.has("item") ? s.path("item") : s;
            b.append("<li><span lang=\"").append(esc(item.path("language").asText(m.language()))).append("\">")
                    .append(esc(item.path("description").asText())).append("</span>");
            if (risks && item.path("priority").asBoolean(false)) {
                b.append(" <strong class=\"govuk-tag govuk-tag--red\">").append(m.h("record.priority")).append("</strong>");
            }
            if (item.hasNonNull("whatNeedsToHappen")) {
                b.append("<br><span class=\"govuk-body-s\">").append(m.h("record.whatNeedsToHappen")).append(": ")
                        .append(Html.inLanguage(item.path("whatNeedsToHappen").asText(), item.path("language").asText(null))).append("</span>");
            }
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    static String agencies(Messages m, Iterable<?> ids) {
        List<String> names = new ArrayList<>();
        for (Object a : ids) {
            names.add(Vocabulary.label(m, "agency", a instanceof JsonNode n ? n.asText() : a.toString()));
        }
        return String.join(", ", names);
    }

    /** The person's name and the record's own navigation, the current page marked. */
    static String header(Visit v, JsonNode person, String current) {
        Messages m = v.m;
        String id = url(person.path("id").asText());
        StringBuilder links = new StringBuilder();
        List<String[]> pages = new ArrayList<>(List.of(new String[] {"", "record.glance"}, new String[] {"/journey", "record.journey"},
                new String[] {"/profile", "record.profile"}, new String[] {"/meetings", "record.meetings"},
                new String[] {"/consents", "record.consents"}));
        if (v.session.is("person")) {
            pages.add(new String[] {"/access-log", "record.accessLog"});
            pages.add(new String[] {"/copy", "record.copy"});
        }
        for (String[] p : pages) {
            boolean here = p[0].equals(current);
            links.append("<li class=\"govuk-service-navigation__item").append(here ? " govuk-service-navigation__item--active" : "")
                    .append("\"><a class=\"govuk-service-navigation__link\" href=\"").append(Visit.ROOT).append("/people/")
                    .append(esc(id)).append(p[0]).append('"').append(here ? " aria-current=\"page\"" : "").append('>')
                    .append(m.h(p[1])).append("</a></li>");
        }
        String actions = v.session.is("practitioner") ? """
                <div class="govuk-button-group">
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/entries/new">%3$s</a>
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/outcomes/new">%6$s</a>
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/strengths-and-risks/new">%7$s</a>
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/perspectives/new">%8$s</a>
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/decisions/new">%4$s</a>
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/reviews/new">%5$s</a>
                <a class="govuk-button govuk-button--secondary" href="%1$s/people/%2$s/meetings/new">%9$s</a>
                </div>
                """.formatted(Visit.ROOT, esc(id), m.h("entry.add"), m.h("decision.add"), m.h("review.add"), m.h("outcome.add"),
                m.h("strengthsAndRisks.add"), m.h("perspective.addPractitioner"), m.h("meetingForm.title"))
                : v.session.is("person") ? """
                <div class="govuk-button-group">
                <a class="govuk-button govuk-button--secondary" href="%s/people/%s/perspectives/new">%s</a>
                </div>
                """.formatted(Visit.ROOT, esc(id), m.h("perspective.add")) : "";
        return """
                <span class="govuk-caption-l">%s</span>
                <h1 class="govuk-heading-xl">%s</h1>
                <nav class="govuk-service-navigation govuk-!-margin-bottom-6" aria-label="%s"><ul class="govuk-service-navigation__list">%s</ul></nav>
                %s
                """.formatted(m.h("person.caption"), esc(PersonPages.name(person)), m.h("record.navigation"), links, actions);
    }

    /** A day ({@code 2026-03-05}) in words. */
    static String day(Messages m, String isoDate) {
        return isoDate == null || isoDate.isEmpty() ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.forLanguageTag(m.language())).format(java.time.LocalDate.parse(isoDate));
    }

    static String dateTime(Messages m, String instant) {
        return instant == null || instant.isEmpty() ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
                Locale.forLanguageTag(m.language())).format(Instant.parse(instant).atZone(WALES));
    }

    /** The time of day in Wales, {@code 14:05}. */
    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(WALES));
    }

    static String date(Messages m, String instant) {
        if (instant == null || instant.isEmpty()) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(m.language()))
                .format(Instant.parse(instant).atZone(WALES));
    }
}
