package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.VersionDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of one item version as it was written: every stored column of its row. The audit event of the
 * write carries it, so that a version changed or removed in the database afterwards is found by verification.
 * A version is stored once and never changed, except that a newer version marks it superseded: it is
 * digested as it was written (live) when a newer version exists.
 */
final class ItemDigest {

    private ItemDigest() {
    }

    /** The digest of a row just written, in the state it was written in. */
    static VersionDigest of(ItemRow row) {
        return of(row, row.state());
    }

    /** The digest of a stored row; {@code superseded} counts as written live only if a newer version follows it. */
    static VersionDigest stored(ItemRow row, boolean newerFollows) {
        boolean replaced = ItemRow.SUPERSEDED.equals(row.state()) && newerFollows;
        return of(row, replaced ? ItemRow.LIVE : row.state());
    }

    private static VersionDigest of(ItemRow row, String state) {
        String canonical = String.join("\u001f", row.itemId(), Integer.toString(row.version()), row.kind(),
                row.personId(), String.valueOf(row.subkind()), state, String.valueOf(row.agency()), row.author(),
                row.category(), row.occurredAt().toString(), row.createdAt().toString(), row.recordedAt().toString(),
                String.valueOf(row.sourceAgency()), String.valueOf(row.sourceKey()), String.valueOf(row.reason()),
                row.body());
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            return new VersionDigest(row.kind(), row.itemId(), row.version(), digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
