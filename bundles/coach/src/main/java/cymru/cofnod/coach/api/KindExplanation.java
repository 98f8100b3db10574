package cymru.cofnod.coach.api;

/** A kind of advice, what it means, and the principle it serves. */
public record KindExplanation(AdviceKind kind, int principle, Bilingual explanation) {
}
