package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.consent.api.VersionDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits an event to its columns before it is written, so that no event can fail for what a client sent and
 * take the events batched with it down: texts are cut to their column (marked so), and a person id that is
 * not one (longer than an id, or not printable) is kept, cut, in the detail instead.
 */
final class EventFields {

    private static final int ID = 36;

    private EventFields() {
    }

    static AuditEvent fit(AuditEvent e) {
        String personId = e.personId();
        String detail = e.detail();
        if (personId != null && !isId(personId)) {
            detail = "about '" + cut(personId, 80) + "', not a person's id" + (detail == null ? "" : "; " + detail);
            personId = null;
        }
        List<VersionDigest> versions = new ArrayList<>();
        for (VersionDigest v : e.versions()) {
            if (VersionLines.fits(v)) {
                versions.add(v);
            } else {
                detail = (detail == null ? "" : detail + "; ") + "a version that cannot be named was left out";
            }
        }
        return new AuditEvent(e.sequence(), e.at(), orUnknown(cut(e.user(), 64)), cut(e.agency(), 64),
                orUnknown(cut(e.role(), 24)), cut(e.purpose(), 24), personId, orUnknown(cut(e.action(), 24)),
                cut(e.resource(), 500), cut(detail, 4000), cut(e.result(), 200), e.breakGlass(), versions,
                e.previousHash(), e.keyId(), e.hash());
    }

    private static boolean isId(String s) {
        return !s.isEmpty() && s.length() <= ID && s.chars().allMatch(c -> c > ' ' && c < 127);
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "unknown" : s;
    }

    /** At most {@code max} characters, never a lone half of a surrogate pair, marked when cut. */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
