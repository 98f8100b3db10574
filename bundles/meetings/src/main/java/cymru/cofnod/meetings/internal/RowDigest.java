package cymru.cofnod.meetings.internal;

import cymru.cofnod.consent.api.VersionDigest;

/**
 * The SHA-256 of a meeting or plan version as it was written: every stored column of its row. The write's audit
 * event carries it, so that a version changed or removed in the database afterwards is found by verification.
 */
final class RowDigest {

    static final String MEETING = "meeting";
    static final String PLAN = "plan";

    private RowDigest() {
    }

    /** A meeting is written once: its digest is the same written and stored. */
    static VersionDigest of(MeetingRow row) {
        return VersionDigest.of(MEETING, row.id(), 1, row.personId(), row.agency(), row.planId(), row.createdAt(),
                row.body());
    }

    /** The digest of a plan version just written, in the state it was written in. */
    static VersionDigest of(PlanRow row) {
        return of(row, row.state());
    }

    /** The digest of a stored plan version; {@code superseded} counts as written live only if a newer one follows. */
    static VersionDigest stored(PlanRow row, boolean newerFollows) {
        return of(row, VersionDigest.asWritten(row.state(), newerFollows));
    }

    private static VersionDigest of(PlanRow row, String state) {
        return VersionDigest.of(PLAN, row.id(), Math.toIntExact(row.version()), row.personId(), row.agency(), state,
                row.createdAt(), row.body());
    }
}
