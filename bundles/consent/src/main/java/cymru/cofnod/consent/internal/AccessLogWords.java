package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns audit events into sentences a person can read about who looked at their record and why. */
final class AccessLogWords {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private AccessLogWords() {
    }

    static AccessLogLine line(AuditEvent e, String reader) {
        String who = e.user().equals(reader) ? "You" : e.user() + (e.agency() == null ? "" : " from " + e.agency());
        boolean refused = e.result() != null && (e.result().startsWith("4") || e.result().startsWith("5"));
        String what = what(e.resource());
        String verb = switch (e.action()) {
            case "write" -> refused ? "tried to change" : "added to or changed";
            case "consent" -> refused ? "tried to change" : "changed";
            case "break-glass" -> "used safeguarding break-glass to see";
            default -> refused ? "asked to see" : "looked at";
        };
        String why = e.purpose() == null ? "" : " for " + e.purpose().replace('-', ' ');
        String summary = who + " " + verb + " " + what + why + " on " + WHEN.format(e.at())
                + (refused ? ", and was refused" : "") + (e.breakGlass() ? " (safeguarding break-glass)" : "") + "."
                + (selfGranted(e) ? " Flagged: they recorded consent for their own agency to see your record;"
                        + " it is time-limited and their agency's leads have been told." : "");
        return new AccessLogLine(e.at(), e.user(), e.agency(), e.purpose(), what, refused, e.breakGlass(), summary);
    }

    private static boolean selfGranted(AuditEvent e) {
        return e.detail() != null && e.detail().contains(JpaConsentService.SELF_GRANT);
    }

    /** What part of the record a request was about, from its path. */
    static String what(String resource) {
        if (resource == null) {
            return "your record";
        }
        String path = resource.contains(" ") ? resource.substring(resource.indexOf(' ') + 1) : resource;
        String[] parts = path.split("/");
        if (parts.length > 1 && !"people".equals(parts[1])) {
            return switch (parts[1]) {
                case "plans" -> "your plan";
                case "meetings" -> "your meetings";
                case "agencies" -> "records an agency sent about you";
                case "consents" -> "your consent choices";
                default -> "your record";
            };
        }
        // /people/{id}/<collection>/...
        String collection = parts.length > 3 ? parts[3] : "";
        return switch (collection) {
            case "" -> "your details";
            case "timeline" -> "your journey";
            case "outcomes" -> "your outcomes";
            case "entries" -> "your record entries";
            case "strengths", "risks", "strengths-and-risks" -> "your strengths and risks";
            case "decisions" -> "decisions about you";
            case "reviews" -> "your reviews";
            case "perspectives" -> "people's views in your record";
            case "profile", "profiles" -> "your one-page profile";
            case "consents" -> "your consent choices";
            case "access-log" -> "this access log";
            case "break-glass" -> "your whole record";
            case "history" -> "the history of your details";
            case "account" -> "the login that opens your record";
            default -> "your record";
        };
    }
}
