package cymru.cofnod.coach.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of advice, each serving one of the twelve recording principles. */
public enum AdviceKind {
    /** A service, referral, assessment or activity in place of what matters. */
    SERVICE_NOT_OUTCOME("service-not-outcome", 1),
    /** What the organisation wants of the person. */
    ORGANISATIONAL_GOAL("organisational-goal", 1),
    /** A professional's goal or jargon in place of the person's words. */
    PROFESSIONAL_GOAL("professional-goal", 1),
    /** Too general to act on or to review. */
    GENERIC("generic", 4),
    /** Nothing in the person's voice or about their life. */
    DETACHED("detached", 1),
    /** A judgement written as fact, without whose view it is or what it rests on. */
    OPINION_AS_FACT("opinion-as-fact", 5),
    /** What was done or decided without why, or with a stock phrase for a why. */
    MISSING_WHY("missing-why", 7),
    /** A review without what was learnt. */
    NO_LEARNING("no-learning", 8);

    private final String wireName;
    private final int principle;

    AdviceKind(String wireName, int principle) {
        this.wireName = wireName;
        this.principle = principle;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The recording principle (1-12) this advice serves. */
    public int principle() {
        return principle;
    }
}
