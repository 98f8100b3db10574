package cymru.cofnod.web.internal;

import java.util.List;
import java.util.Map;

/**
 * The closed sets of words the API uses (kinds, types, statuses) and the agencies Cofnod knows: each
 * value {@code v} of a set shows as the message {@code <prefix>.v}, and MessagesTest checks that every
 * one has its words in both languages.
 */
final class Vocabulary {

    static final Map<String, List<String>> SETS = Map.ofEntries(
            Map.entry("entryKind", List.of("what-matters", "assessment", "visit", "observation", "phone-call", "daily-note", "learning-log")),
            Map.entry("partType", List.of("observation", "opinion", "own-words")),
            Map.entry("outcomeStatus", List.of("active", "achieved", "changed", "no-longer-wanted")),
            Map.entry("outcomeType", List.of("change", "maintenance", "process")),
            Map.entry("reviewResult",
                    List.of("achieved", "partly", "not-yet", "maintained", "changed", "no-longer-wanted")),
            Map.entry("itemKind", List.of("outcome", "strength", "risk", "entry", "perspective", "decision", "review", "profile")),
            Map.entry("language", Messages.LANGUAGES),
            Map.entry("consentStatus", List.of("active", "not-yet-valid", "expired", "withdrawn")),
            Map.entry("purpose", List.of("direct-care", "care-planning", "safeguarding", "commissioning")),
            Map.entry("category", List.of("outcomes-and-plans", "entries", "strengths-and-risks", "health",
                    "daily-and-learning-logs", "safeguarding", "communication-needs")),
            Map.entry("exchange", List.of("whatMatters", "whatIsWorking", "worries", "whatShouldHappen")),
            Map.entry("partyRole", List.of("person", "family", "carer", "advocate", "practitioner")),
            Map.entry("meetingKind", List.of("planning", "review")),
            Map.entry("stance", List.of("agree", "disagree", "partly", "own-view")),
            Map.entry("givenBy", List.of("person", "representative", "best-interests")),
            Map.entry("how", List.of("verbal", "written", "own-login")),
            Map.entry("reportCut", List.of("domain", "personalised", "statement")),
            Map.entry("reportBy", List.of("agency", "type", "reviewResult", "period")),
            // the part of the record an access log line is about
            Map.entry("accessPart", List.of("record", "plan", "meetings", "agency-records", "consents", "details",
                    "journey", "outcomes", "entries", "strengths-and-risks", "decisions", "reviews", "perspectives",
                    "profile", "access-log", "whole-record", "history", "account", "copy")),
            Map.entry("agency", List.of("cardiff-council", "cardiff-vale-uhb", "gofal-da-homecare")));

    private Vocabulary() {
    }

    /** The words for {@code value} of the set {@code prefix}; an unknown value (a new agency) shows as itself. */
    static String label(Messages m, String prefix, String value) {
        return SETS.getOrDefault(prefix, List.of()).contains(value) ? m.t(prefix + "." + value) : value;
    }
}
