package cymru.cofnod.coach.internal;

/** The word lists every language has, each a file {@code <language>/<file>.txt}. */
enum WordList {
    /** Services, referrals, assessments and activities. */
    SERVICE("service"),
    /** What an organisation wants of a person. */
    ORGANISATIONAL("organisational"),
    /** "Needs to", "must": what others require of the person. */
    OBLIGATION("obligation"),
    /** Professionals' goals and jargon. */
    PROFESSIONAL("professional"),
    /** Aims too general to act on. */
    GENERIC("generic"),
    /** Words that frame an aim without adding to it ("want", "would", "more"). */
    FRAME("frame"),
    /** Judgements of a person. */
    JUDGEMENT("judgement"),
    /** Words that say whose view, or what it rests on. */
    ATTRIBUTION("attribution"),
    /** Words that give a why. */
    REASON("reason"),
    /** Stock phrases in place of a why. */
    STOCK_REASON("stock-reason"),
    /** Things done or decided that need a why. */
    ACTION("action"),
    /** Disagreement. */
    DISSENT("dissent"),
    /** Review results that say nothing learnt. */
    NO_LEARNING("no-learning"),
    /** Words of a review result that carry no learning. */
    FILLER("filler"),
    /** What matters to a person, and their life. */
    VOICE("voice"),
    /** The person speaking: I, my, we. */
    FIRST_PERSON("first-person"),
    /** Someone spoken about: he, she, Mr. */
    THIRD_PERSON("third-person"),
    /** What will be done to someone, not what they will do: "will be given", "bydd". */
    DONE_TO("done-to"),
    /** Small words that carry no content. */
    STOPWORDS("stopwords");

    private final String file;

    WordList(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }
}
