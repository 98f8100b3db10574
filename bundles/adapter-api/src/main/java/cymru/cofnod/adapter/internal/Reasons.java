package cymru.cofnod.adapter.internal;

import cymru.cofnod.core.api.Validation;
import java.util.regex.Pattern;

/**
 * Why an item waits in quarantine, in words its sender reads and in a size its columns hold. Adapters and
 * libraries word their failures for programmers (a class such as {@code CaseExport$Conversation}, a code such
 * as {@code HAPI-1821}, an exception's name): those are taken out here, whoever wrote the reason; the log keeps
 * them.
 */
final class Reasons {

    /** The REASON column of a quarantined item. */
    static final int MAX_REASON = 4000;
    /** The SOURCE_KEY columns: an agency's own id for an item is kept whole or refused. */
    static final int MAX_KEY = 255;

    private static final Pattern QUALIFIED_CLASS =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:\\$[A-Za-z0-9_]+)*");
    private static final Pattern NESTED_CLASS = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*(?:\\$[A-Za-z0-9_]+)+");
    private static final Pattern EXCEPTION = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*");
    /** HAPI FHIR's message codes; an agency's own ids (GD-0042) look alike and stay. */
    private static final Pattern LIBRARY_CODE = Pattern.compile("\\bHAPI-\\d+:?\\s*");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");

    private Reasons() {
    }

    static String plain(String reason) {
        String words = reason == null || reason.isBlank() ? "no reason was given" : reason;
        words = QUALIFIED_CLASS.matcher(words).replaceAll("a value");
        words = NESTED_CLASS.matcher(words).replaceAll("a value");
        words = EXCEPTION.matcher(words).replaceAll("");
        words = LIBRARY_CODE.matcher(words).replaceAll("");
        words = EMPTY_BRACKETS.matcher(words).replaceAll("");
        words = wellFormed(words).replaceAll("\\s+", " ").trim();
        return words.length() <= MAX_REASON ? words : words.substring(0, MAX_REASON - 1) + "…";
    }

    /** Why an item's own id cannot be kept, or null when it can. */
    static String keyProblem(String sourceKey) {
        if (sourceKey == null) {
            return null;
        }
        if (sourceKey.length() > MAX_KEY) {
            return "the item's own id is longer than " + MAX_KEY + " characters";
        }
        return new Validation().wellFormed(sourceKey, "id").ok() ? null
                : "the item's own id is not well-formed text (a lone surrogate or a control character)";
    }

    /** An agency's id for an item as a quarantine row can hold it. */
    static String storable(String sourceKey) {
        return sourceKey == null ? null : wellFormed(sourceKey.length() <= MAX_KEY ? sourceKey
                : sourceKey.substring(0, MAX_KEY));
    }

    /** The text with every lone surrogate and control character replaced, so any answer can carry it. */
    private static String wellFormed(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(
                Character.isSurrogate((char) c) && c <= 0xFFFF || c < 0x20 && c != '\t' && c != '\n' || c == 0x7f
                        ? '?' : c));
        return b.toString();
    }
}
