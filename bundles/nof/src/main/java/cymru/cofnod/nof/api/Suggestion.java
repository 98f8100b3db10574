package cymru.cofnod.nof.api;

import java.util.List;

/**
 * A statement the outcome's words point to, never applied until a person confirms it.
 *
 * @param because the words of the outcome that matched, so the suggestion can be judged
 */
public record Suggestion(NofEntry statement, int score, List<String> because) {
}
