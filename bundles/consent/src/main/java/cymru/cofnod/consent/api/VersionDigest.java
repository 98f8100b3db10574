package cymru.cofnod.consent.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One stored version of a record item and the SHA-256 digest of what was stored, as the bundle that owns
 * the item computes it (with {@link #of}). Carried in the audit event of the write that stored it, so that
 * verification can tell an item version changed or removed behind the services' back.
 *
 * @param kind    the item's kind ({@code entry}, {@code outcome}, {@code person}, {@code meeting}, {@code plan}...)
 * @param itemId  the item's id
 * @param version the version's number
 * @param digest  hex SHA-256 over the version's stored content
 */
public record VersionDigest(String kind, String itemId, int version, String digest) {

    /** The state a version is in until a newer one marks it {@link #SUPERSEDED}. */
    public static final String LIVE = "live";
    public static final String SUPERSEDED = "superseded";

    /**
     * The digest of one version: SHA-256 over its id, number, kind and then every other stored column, in an
     * order the owner keeps (a {@code null} as {@code "null"}), so the stored row can be digested again alike.
     */
    public static VersionDigest of(String kind, String itemId, int version, Object... columns) {
        StringBuilder canonical = new StringBuilder().append(itemId).append('\u001f').append(version)
                .append('\u001f').append(kind);
        for (Object column : columns) {
            canonical.append('\u001f').append(column);
        }
        try {
            return new VersionDigest(kind, itemId, version, HexFormat.of().formatHex(MessageDigest
                    .getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The state a stored version was written in: a version is stored once and never changed, except that a
     * newer version marks it superseded, so a superseded one counts as written live when a newer one follows it.
     */
    public static String asWritten(String state, boolean newerFollows) {
        return SUPERSEDED.equals(state) && newerFollows ? LIVE : state;
    }

    /** How verification names a version: {@code entry 1b2c.../3}. */
    public String key() {
        return kind + " " + itemId + "/" + version;
    }
}
