package cymru.cofnod.outcomes.api;

import cymru.cofnod.core.api.RecordCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import cymru.cofnod.core.api.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Something that happened, recorded by a user of an agency: a what-matters conversation, an assessment, a visit, an
 * observation, a phone call, a daily note or a learning-log row. It is made of parts, each marked as
 * observation (fact), opinion (whose) or the person's own words, and links to the outcomes it is about.
 *
 * @param kind        {@code what-matters}, {@code assessment}, {@code visit}, {@code observation}, {@code phone-call},
 *                    {@code daily-note}, {@code learning-log} or {@code safeguarding-concern}
 * @param recordCategory the consent category; by default the kind's ({@code daily-and-learning-logs}
 *                    for daily notes and learning logs, {@code safeguarding} for a safeguarding concern,
 *                    {@code entries} otherwise); a writer may file an entry under {@code health} or
 *                    {@code safeguarding} instead, never a safeguarding concern under anything else
 * @param learningLog the learning-log columns, for a learning-log row
 * @param progress    an optional rating, never without its narrative
 * @param sharedWith  for an entry the person writes themselves, who reads it: {@code involved} (the agencies
 *                    involved in their care; the default when left out) or {@code only-me} (the person alone, and
 *                    a safeguarding break-glass); the person's choice, never a practitioner's
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Entry(String id, Long version, String personId, Instant occurredAt, Provenance provenance,
                    String kind, List<String> outcomeIds, List<Part> parts, LearningLog learningLog,
                    Progress progress, RecordCategory recordCategory, String sharedWith) implements RecordItem {

    public static final Set<String> KINDS =
            Set.of("what-matters", "assessment", "visit", "observation", "phone-call", "daily-note", "learning-log",
                    "safeguarding-concern");
    /** The categories a writer may file an entry under besides its kind's own: only ones that share less. */
    public static final Set<RecordCategory> FILED_UNDER = Set.of(RecordCategory.HEALTH, RecordCategory.SAFEGUARDING);
    public static final Set<String> PART_TYPES = Set.of("observation", "opinion", "own-words");
    /** Who reads what the person writes themselves: the agencies involved in their care (the default), or nobody. */
    public static final String SHARED_WITH_INVOLVED = "involved";
    public static final String SHARED_WITH_ONLY_ME = "only-me";

    public Entry {
        outcomeIds = outcomeIds == null ? List.of() : List.copyOf(outcomeIds);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** An entry with no choice of who reads it: an agency's, or the person's with the default. */
    public Entry(String id, Long version, String personId, Instant occurredAt, Provenance provenance, String kind,
                 List<String> outcomeIds, List<Part> parts, LearningLog learningLog, Progress progress,
                 RecordCategory recordCategory) {
        this(id, version, personId, occurredAt, provenance, kind, outcomeIds, parts, learningLog, progress,
                recordCategory, null);
    }

    /** Whether the person keeps this entry to themselves. */
    public boolean onlyMe() {
        return SHARED_WITH_ONLY_ME.equals(sharedWith);
    }

    /** This entry with the person's choice of who reads it. */
    public Entry sharedWith(String choice) {
        return new Entry(id, version, personId, occurredAt, provenance, kind, outcomeIds, parts, learningLog,
                progress, recordCategory, choice);
    }

    /** One part of an entry: a fact observed, someone's opinion, or the person's own words. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String type, String text, String whose, String language) {
    }

    /**
     * A learning-log row (scenario 3): when, what the person did, who was there, what worked (keep it),
     * what did not (change it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearningLog(Instant until, String activity, String who, String whatWorked,
                              String whatDidNotWork) {
    }

    /** A progress rating from 0 to 10 with the narrative that gives it meaning. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(Integer rating, String narrative) {
    }

    @Override
    public List<String> links() {
        return outcomeIds;
    }

    @Override
    public Entry shownWithout(Set<String> hidden) {
        return new Entry(id, version, personId, occurredAt, provenance, kind, RecordItem.shown(outcomeIds, hidden),
                parts, learningLog, progress, recordCategory, sharedWith);
    }

    @Override
    public RecordCategory category() {
        return recordCategory != null && !"safeguarding-concern".equals(kind) ? recordCategory : kindsCategory();
    }

    private RecordCategory kindsCategory() {
        return switch (kind == null ? "" : kind) {
            case "daily-note", "learning-log" -> RecordCategory.DAILY_AND_LEARNING_LOGS;
            case "safeguarding-concern" -> RecordCategory.SAFEGUARDING;
            default -> RecordCategory.ENTRIES;
        };
    }

    /**
     * This entry as its writer's agency files it: an agency configured as {@code health} (an NHS health board) or
     * {@code safeguarding} files its entries so, unless the writer chose one that shares no more (the agency's own,
     * or safeguarding); {@code entries}, or none, leaves each entry's kind to decide.
     */
    public Entry filedBy(RecordCategory agencyCategory) {
        if (agencyCategory == null) {
            return this;
        }
        boolean kept = agencyCategory == RecordCategory.ENTRIES || category() == agencyCategory
                || category() == RecordCategory.SAFEGUARDING;
        // named even when the kind's own: a reader sees the category an agency's entry is filed under
        RecordCategory filed = kept ? category() : agencyCategory;
        return filed == recordCategory ? this : new Entry(id, version, personId, occurredAt, provenance, kind,
                outcomeIds, parts, learningLog, progress, filed, sharedWith);
    }

    @Override
    public void validate(Validation v) {
        v.requireOneOf(kind, KINDS, "kind");
        v.require(recordCategory == null || recordCategory == kindsCategory() || FILED_UNDER.contains(recordCategory),
                "recordCategory", "an entry is filed under its kind's category, health or safeguarding");
        v.oneOf(sharedWith, Set.of(SHARED_WITH_INVOLVED, SHARED_WITH_ONLY_ME), "sharedWith");
        boolean isLog = "learning-log".equals(kind);
        v.require(!parts.isEmpty() || isLog && learningLog != null, "parts",
                "an entry needs at least one part (observation, opinion or own-words)");
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String at = "parts[" + i + "]";
            v.requireOneOf(p.type(), PART_TYPES, at + ".type")
                    .requireText(p.text(), at + ".text").maxLength(p.text(), 8000, at + ".text")
                    .oneOf(p.language(), Outcome.LANGUAGES, at + ".language");
            v.require(!"opinion".equals(p.type()) || p.whose() != null && !p.whose().isBlank(), at + ".whose",
                    "an opinion must say whose it is");
            v.maxLength(p.whose(), 200, at + ".whose");
        }
        v.require(!isLog || learningLog != null, "learningLog", "a learning-log row needs its columns");
        if (learningLog != null) {
            v.requireText(learningLog.activity(), "learningLog.activity")
                    .requireText(learningLog.who(), "learningLog.who")
                    .require(notBlank(learningLog.whatWorked()) || notBlank(learningLog.whatDidNotWork()),
                            "learningLog.whatWorked", "say what worked, what did not, or both")
                    .require(learningLog.until() == null || occurredAt == null
                            || !learningLog.until().isBefore(occurredAt), "learningLog.until",
                            "ends before it starts")
                    .eventTime(learningLog.until(), "learningLog.until")
                    .maxLength(learningLog.activity(), 2000, "learningLog.activity")
                    .maxLength(learningLog.who(), 2000, "learningLog.who")
                    .maxLength(learningLog.whatWorked(), 4000, "learningLog.whatWorked")
                    .maxLength(learningLog.whatDidNotWork(), 4000, "learningLog.whatDidNotWork");
        }
        if (progress != null) {
            v.require(progress.rating() == null || progress.rating() >= 0 && progress.rating() <= 10,
                    "progress.rating", "must be from 0 to 10");
            v.require(notBlank(progress.narrative()), "progress.narrative",
                    "a progress rating is never stored without the narrative that explains it");
            v.maxLength(progress.narrative(), 4000, "progress.narrative");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public Entry stamped(String newId, long newVersion, String newPersonId, Instant newOccurredAt,
            Provenance newProvenance) {
        return new Entry(newId, newVersion, newPersonId, newOccurredAt, newProvenance, kind, outcomeIds, parts,
                learningLog, progress, recordCategory, sharedWith);
    }
}
