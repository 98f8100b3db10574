package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.IngestReport;
import java.io.PrintStream;

/** What an import or a retry did, in a few lines: counts, then each quarantined item's reason. */
final class Summary {

    private static final int SHOWN = 20;

    private int accepted;
    private int duplicate;
    private int quarantined;

    void add(IngestReport report, PrintStream out) {
        accepted += report.accepted().size();
        duplicate += report.duplicate().size();
        for (IngestReport.ItemResult q : report.quarantined()) {
            if (quarantined++ < SHOWN) {
                out.println("  quarantined " + (q.sourceKey() == null ? q.type() : q.sourceKey()) + " (#"
                        + q.quarantineId() + "): " + q.reason());
            }
        }
    }

    int items() {
        return accepted + duplicate + quarantined;
    }

    void print(PrintStream out) {
        if (quarantined > SHOWN) {
            out.println("  ... and " + (quarantined - SHOWN) + " more: cofnod:quarantine list");
        }
        out.println(items() + " item(s): " + accepted + " accepted, " + duplicate + " duplicate, " + quarantined
                + " quarantined");
    }
}
