package cymru.cofnod.adapter.socialwork.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The lists of a local authority case system's export, as the README shows them. */
final class CaseExport {

    static final List<String> LISTS = List.of("people", "outcomes", "conversations", "assessments", "decisions");

    private CaseExport() {
    }

    /** A person the local authority supports; {@code localAuthorityId} is their case number. */
    record PersonRecord(String id, String localAuthorityId, String nhsNumber, String givenName, String familyName,
                        String preferredName, LocalDate dateOfBirth, String preferredLanguage,
                        String communicationNeeds) {
    }

    /** What matters to the person in their own words; {@code by} is who said it when not the person. */
    record OutcomeRecord(String id, String person, Instant at, String ownWords, String language, String type,
                         String by, String restatement) {
    }

    /** A what-matters conversation: what the person said, what the worker saw, what the worker thinks. */
    record Conversation(String id, String person, Instant at, String worker, String personSaid, String language,
                        String observed, String workerView, List<String> outcomes) {
    }

    /**
     * An assessment's summary and the worker's professional view, about some outcomes, and what the worker
     * recommends with why.
     */
    record Assessment(String id, String person, Instant at, String worker, String summary, String workerView,
                      List<String> outcomes, Recommendation recommendation) {
    }

    /** What an assessment recommends, why, and the options the worker did not recommend with why not. */
    record Recommendation(String what, String why, List<Alternative> alternatives) {
    }

    /** A decision with why, the outcomes it serves and the options not taken. */
    record DecisionRecord(String id, String person, Instant at, String by, String what, String why,
                          List<String> outcomes, List<Alternative> alternatives) {
    }

    record Alternative(String option, String whyNot) {
    }
}
