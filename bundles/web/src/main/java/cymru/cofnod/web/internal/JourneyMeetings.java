package cymru.cofnod.web.internal;

import static cymru.cofnod.web.internal.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Meetings and the plan as steps of the journey, among the record's own items (the API's timeline is the outcomes
 * record's; meetings and plans are the meetings bundle's): each meeting on the day it was held with every party's
 * view, and the plan as it stands when it was last changed, under the page's filters.
 */
final class JourneyMeetings {

    static final String MEETING = "meeting";
    static final String PLAN = "plan";
    static final Set<String> KINDS = Set.of(MEETING, PLAN);
    /** The most meetings read for one page of the journey: a person has few. */
    private static final int MOST = 50;

    /** A step: when it happened and its card. */
    record Step(Instant at, String html) {
    }

    private JourneyMeetings() {
    }

    /** The meetings and plan of the person's that fall in [{@code after}, {@code before}) and pass the filters. */
    static List<Step> steps(Visit v, String personId, Instant after, Instant before) {
        Messages m = v.m;
        String kind = v.param("kind");
        List<Step> steps = new ArrayList<>();
        if (!kind.isEmpty() && !KINDS.contains(kind)) {
            return steps;
        }
        if (!PLAN.equals(kind)) {
            ApiClient.Reply meetings = v.api.get("/meetings?person=" + url(personId) + "&limit=" + MOST);
            for (JsonNode meeting : meetings.ok() ? meetings.json().path("items") : List.<JsonNode>of()) {
                Instant at = LocalDate.parse(meeting.path("heldOn").asText()).atStartOfDay(RecordPages.WALES).toInstant();
                if (shown(v, meeting, at, after, before)) {
                    steps.add(new Step(at, JourneyPages.card(RecordPages.day(m, meeting.path("heldOn").asText()),
                            m.t("journey.kindMeeting"), by(m, meeting), MeetingPages.meeting(m, meeting))));
                }
            }
        }
        if (!MEETING.equals(kind)) {
            ApiClient.Reply plans = v.api.get("/plans?person=" + url(personId) + "&limit=1");
            JsonNode plan = plans.ok() ? plans.json().path("items").path(0) : null;
            if (plan != null && !plan.isMissingNode()) {
                Instant at = Instant.parse(plan.path("provenance").path("recordedAt").asText());
                if (shown(v, plan, at, after, before)) {
                    steps.add(new Step(at, JourneyPages.card(RecordPages.date(m, at.toString()),
                            m.t("journey.kindPlan", plan.path("version").asText()), by(m, plan),
                            MeetingPages.plan(m, plan))));
                }
            }
        }
        return steps;
    }

    private static String by(Messages m, JsonNode item) {
        JsonNode p = item.path("provenance");
        return m.t("journey.by", p.path("recordedBy").asText(), Vocabulary.label(m, "agency", p.path("agency").asText()));
    }

    /** In this page's stretch of the journey, and as the filters ask: agency, outcome, from and to. */
    private static boolean shown(Visit v, JsonNode item, Instant at, Instant after, Instant before) {
        String agency = v.param("agency");
        String outcome = v.param("outcome");
        Instant from = bound(v.param("from"), false);
        Instant to = bound(v.param("to"), true);
        return (after == null || !at.isBefore(after)) && (before == null || at.isBefore(before))
                && (agency.isEmpty() || agency.equals(item.path("provenance").path("agency").asText()))
                && (outcome.isEmpty() || item.toString().contains("\"outcomeId\":\"" + outcome + "\""))
                && (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }

    /** A filter's date or date-time as the API takes it; a day's end for {@code to}. Unreadable: no bound. */
    private static Instant bound(String value, boolean endOfDay) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(RecordPages.WALES).toInstant()
                        .minusNanos(endOfDay ? 1 : 0);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
