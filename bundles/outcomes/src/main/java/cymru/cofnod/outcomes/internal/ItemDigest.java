package cymru.cofnod.outcomes.internal;

import cymru.cofnod.consent.api.VersionDigest;

/**
 * The SHA-256 of one item version as it was written: every stored column of its row. The audit event of the
 * write carries it, so that a version changed or removed in the database afterwards is found by verification.
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
        return of(row, VersionDigest.asWritten(row.state(), newerFollows));
    }

    private static VersionDigest of(ItemRow row, String state) {
        return VersionDigest.of(row.kind(), row.itemId(), row.version(), row.personId(), row.subkind(), state,
                row.agency(), row.author(), row.category(), row.occurredAt(), row.createdAt(), row.recordedAt(),
                row.sourceAgency(), row.sourceKey(), row.reason(), row.body());
    }
}
