package cymru.cofnod.coach.api;

/**
 * One piece of advice on a text.
 *
 * @param principle the recording principle (1-12) it serves
 * @param message   what the coach noticed
 * @param question  a question that helps the writer do better
 * @param span      the words that prompted it
 */
public record Advice(AdviceKind kind, int principle, Bilingual message, Bilingual question, Span span) {
}
