package cymru.cofnod.coach.api;

import java.util.List;

/**
 * Reads what someone is about to record and says, in Welsh and English, how it could serve the person
 * better. It only advises: it never blocks a write and never changes the words. It reads no record.
 */
public interface RecordingCoach {

    /** The longest text the coach reads: the longest text field of the record. */
    int MAX_LENGTH = 8000;

    /**
     * Advice on one text written for one field.
     *
     * @param language {@code cy} or {@code en}; {@code null} when unknown (the coach then tells by the words)
     * @throws IllegalArgumentException if the text is null or longer than {@link #MAX_LENGTH}, or the
     *                                  language is neither
     */
    List<Advice> advise(String text, Field field, String language);

    /** Every kind of advice, with what it means and the principle it serves, in both languages. */
    List<KindExplanation> kinds();
}
