package cymru.cofnod.coach.api;

/** The characters of the text that prompted an advice: from {@code start} up to, not including, {@code end}. */
public record Span(int start, int end) {
}
