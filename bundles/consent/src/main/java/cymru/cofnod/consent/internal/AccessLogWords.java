package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AccessLogLine;
import cymru.cofnod.consent.api.AuditEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns audit events into lines a person can read about who looked at their record and why: named as the realm
 * names the reader, with the part of the record and the action as codes, so a page can say it in Welsh too.
 */
final class AccessLogWords {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    /** Each part of the record a line can be about, in English. */
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("record", "your record"), Map.entry("plan", "your plan"), Map.entry("meetings", "your meetings"),
            Map.entry("agency-records", "records an agency sent about you"),
            Map.entry("consents", "your consent choices"), Map.entry("details", "your details"),
            Map.entry("journey", "your journey"), Map.entry("outcomes", "your outcomes"),
            Map.entry("entries", "your record entries"), Map.entry("strengths-and-risks", "your strengths and risks"),
            Map.entry("decisions", "decisions about you"), Map.entry("reviews", "your reviews"),
            Map.entry("perspectives", "people's views in your record"), Map.entry("profile", "your one-page profile"),
            Map.entry("access-log", "this access log"), Map.entry("whole-record", "your whole record"),
            Map.entry("history", "the history of your details"),
            Map.entry("account", "the login that opens your record"), Map.entry("copy", "a copy of your whole record"));

    private AccessLogWords() {
    }

    /** The line for {@code e} as {@code reader} reads it; {@code names} gives a user's name when the realm has one. */
    static AccessLogLine line(AuditEvent e, String reader, Function<String, Optional<String>> names) {
        String name = names.apply(e.user()).orElse(null);
        String who = e.user().equals(reader) ? "You"
                : (name == null ? e.user() : name) + (e.agency() == null ? "" : " from " + e.agency());
        boolean refused = e.result() != null && (e.result().startsWith("4") || e.result().startsWith("5"));
        String part = part(e.resource());
        String what = PARTS.get(part);
        String action = switch (e.action()) {
            case "write", "consent", "break-glass" -> e.action();
            default -> "read";
        };
        String verb = switch (action) {
            case "write" -> refused ? "tried to change" : "added to or changed";
            case "consent" -> refused ? "tried to change" : "changed";
            case "break-glass" -> "used safeguarding break-glass to see";
            default -> "copy".equals(part) ? (refused ? "asked for" : "made") : refused ? "asked to see" : "looked at";
        };
        String why = e.purpose() == null ? "" : " for " + e.purpose().replace('-', ' ');
        boolean selfGranted = e.detail() != null && e.detail().contains(JpaConsentService.SELF_GRANT);
        boolean onBehalf = e.detail() != null && e.detail().contains(SubjectAccessDesk.ON_BEHALF);
        String summary = who + " " + verb + " " + what + why + " on " + WHEN.format(e.at())
                + (refused ? ", and was refused" : "") + (e.breakGlass() ? " (safeguarding break-glass)" : "") + "."
                + (selfGranted ? " Flagged: they recorded consent for their own agency to see your record;"
                        + " it is time-limited and their agency's leads have been told." : "")
                + (onBehalf ? " They made it on your behalf, for a subject access request." : "");
        return new AccessLogLine(e.at(), e.user(), name, e.agency(), e.purpose(), action, part, what, refused,
                e.breakGlass(), selfGranted, summary);
    }

    /** What part of the record a request was about, from its path. */
    static String part(String resource) {
        if (resource == null) {
            return "record";
        }
        String path = resource.contains(" ") ? resource.substring(resource.indexOf(' ') + 1) : resource;
        String[] parts = path.split("/");
        if (parts.length > 1 && !"people".equals(parts[1])) {
            return switch (parts[1]) {
                case "plans" -> "plan";
                case "meetings" -> "meetings";
                case "agencies" -> "agency-records";
                case "consents" -> "consents";
                default -> "record";
            };
        }
        // /people/{id}/<collection>/...
        String collection = parts.length > 3 ? parts[3] : "";
        return switch (collection) {
            case "" -> "details";
            case "timeline" -> "journey";
            case "strengths", "risks", "strengths-and-risks" -> "strengths-and-risks";
            case "profile", "profiles" -> "profile";
            case "break-glass" -> "whole-record";
            case "export" -> "copy";
            case "outcomes", "entries", "decisions", "reviews", "perspectives", "consents", "access-log", "history",
                 "account" -> collection;
            default -> "record";
        };
    }
}
