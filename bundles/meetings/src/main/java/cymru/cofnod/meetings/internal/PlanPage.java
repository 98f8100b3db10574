package cymru.cofnod.meetings.internal;

import cymru.cofnod.meetings.api.Meeting;
import cymru.cofnod.meetings.api.Plan;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A plan as a printable page in the person's language. Every word on it comes from the message files
 * ({@code plan.properties} in English, {@code plan_cy.properties} in Welsh); the rest is the plan's own
 * words, escaped, exactly as recorded.
 */
final class PlanPage {

    static final String MESSAGES = "cymru.cofnod.meetings.internal.plan";

    private final ResourceBundle words;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder();

    private PlanPage(String language) {
        locale = "cy".equals(language) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        words = messages(locale);
    }

    static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale, PlanPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String render(Plan plan, String language) {
        return new PlanPage(language).page(plan);
    }

    private String page(Plan plan) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(say("title")).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:50em;margin:1em auto;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;")
                .append("text-align:left;vertical-align:top}@media print{a{color:inherit}}</style></head><body>");
        html.append("<h1>").append(say("title")).append("</h1><p>")
                .append(say("version", plan.version(), date(plan.provenance().recordedAt().atOffset(ZoneOffset.UTC)
                        .toLocalDate()))).append("<br>").append(say("nextReview", date(plan.nextReview())))
                .append("</p>");
        outcomes(plan.outcomes());
        if (!plan.whoDoesWhat().isEmpty()) {
            html.append("<h2>").append(say("whoDoesWhat")).append("</h2><table><tr><th>").append(say("what"))
                    .append("</th><th>").append(say("who")).append("</th><th>").append(say("byWhen")).append("</th></tr>");
            for (Meeting.Action a : plan.whoDoesWhat()) {
                html.append("<tr><td>").append(text(a.what())).append("</td><td>").append(text(a.owner()))
                        .append(a.agency() == null ? "" : " (" + text(a.agency()) + ")").append("</td><td>")
                        .append(date(a.due())).append("</td></tr>");
            }
            html.append("</table>");
        }
        section("whatIf", plan.contingencies().stream()
                .map(c -> "<strong>" + text(c.whatIf()) + "</strong>: " + text(c.then())).toList());
        section("disagreements", plan.disagreements().stream().map(this::disagreement).toList());
        section("views", plan.views().stream().map(v -> "<strong>" + say("whose." + v.whose())
                + (v.name() == null ? "" : ", " + text(v.name())) + "</strong>: " + text(v.view())).toList());
        return html.append("</body></html>\n").toString();
    }

    private void outcomes(List<Plan.PlanOutcome> outcomes) {
        html.append("<h2>").append(say("outcomes")).append("</h2>");
        for (Plan.PlanOutcome o : outcomes) {
            html.append("<h3>\u201c").append(text(o.ownWords())).append("\u201d</h3>");
            if (o.lastResult() != null) {
                html.append("<p>").append(say("lastResult", say("result." + o.lastResult()), text(o.learnt())))
                        .append("</p>");
            }
            if (!o.support().isEmpty()) {
                html.append("<table><tr><th>").append(say("support")).append("</th><th>").append(say("why"))
                        .append("</th><th>").append(say("who")).append("</th></tr>");
                for (Meeting.Support s : o.support()) {
                    html.append("<tr><td>").append(text(s.what())).append("</td><td>").append(text(s.why()))
                            .append("</td><td>").append(text(s.by()))
                            .append(s.agency() == null ? "" : " (" + text(s.agency()) + ")").append("</td></tr>");
                }
                html.append("</table>");
            }
        }
    }

    private String disagreement(Meeting.Disagreement d) {
        StringBuilder b = new StringBuilder("<strong>").append(text(d.about())).append("</strong><ul>");
        d.positions().forEach(p -> b.append("<li>").append(text(p.party())).append(": ").append(text(p.view()))
                .append("</li>"));
        return b.append("</ul>").toString();
    }

    private void section(String heading, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<h2>").append(say(heading)).append("</h2><ul>");
            items.forEach(i -> html.append("<li>").append(i).append("</li>"));
            html.append("</ul>");
        }
    }

    private String say(String key, Object... args) {
        return args.length == 0 ? text(words.getString(key))
                : new MessageFormat(text(words.getString(key)), locale).format(args);
    }

    private String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
