package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.VersionDigest;
import java.util.ArrayList;
import java.util.List;

/** An event's item versions as stored in its one text column: a line {@code kind id version digest} each. */
final class VersionLines {

    /** What the column holds: 100,000 versions, far more than one write of one person stores. */
    static final int MAX_CHARS = 16_000_000;

    private VersionLines() {
    }

    static String write(List<VersionDigest> versions) {
        if (versions.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(versions.size() * 120);
        for (VersionDigest v : versions) {
            b.append(v.kind()).append(' ').append(v.itemId()).append(' ').append(v.version()).append(' ')
                    .append(v.digest()).append('\n');
        }
        return b.toString();
    }

    /** The versions a column holds; a line that is not four fields (the column was edited) is kept as it reads. */
    static List<VersionDigest> read(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<VersionDigest> versions = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            int version = f.length == 4 && f[2].matches("\\d{1,9}") ? Integer.parseInt(f[2]) : -1;
            versions.add(f.length == 4 ? new VersionDigest(f[0], f[1], version, f[3])
                    : new VersionDigest("unreadable", line, -1, ""));
        }
        return versions;
    }

    /** Whether a version can be written as one line of four fields. */
    static boolean fits(VersionDigest v) {
        return plain(v.kind(), 24) && plain(v.itemId(), 36) && v.version() > 0 && v.digest() != null
                && v.digest().matches("[0-9a-f]{64}");
    }

    private static boolean plain(String s, int max) {
        return s != null && !s.isEmpty() && s.length() <= max && s.chars().allMatch(c -> c > ' ' && c < 127);
    }
}
