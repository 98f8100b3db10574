package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.Requester;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code cofnod:import <agency> <file>}: a file in the agency's own format through its adapter. A CSV file goes
 * in batches of lines (each batch with the header), so a long file shows its progress and never hits the size
 * limit; other formats go whole. Each payload is one audit event, as a request to the inbox is.
 */
@Command(scope = "cofnod", name = "import", description = "Ingest a file through an agency's adapter")
@Service
public class ImportCommand extends AgencyFileCommand {

    @Option(name = "--batch", description = "CSV rows per batch (default 1000; 0 sends the file whole, for CSV with "
            + "line breaks inside quoted fields)")
    private int batch = 1000;

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        String mediaType = mediaType(path);
        PrintStream out = System.out;
        Summary summary = new Summary();
        if ("text/csv".equals(mediaType) && batch > 0) {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            int rows = Math.max(0, lines.size() - 1);
            for (int from = 1; from < lines.size(); from += batch) {
                int to = Math.min(lines.size(), from + batch);
                String chunk = lines.get(0) + "\n" + String.join("\n", lines.subList(from, to)) + "\n";
                summary.add(send(mediaType, chunk.getBytes(StandardCharsets.UTF_8)), out);
                out.println("  " + (to - 1) + " / " + rows + " rows");
            }
        } else {
            summary.add(send(mediaType, Files.readAllBytes(path)), out);
        }
        summary.print(out);
        return null;
    }

    /** One payload, audited as one event, as the REST inbox audits each request. */
    private IngestReport send(String mediaType, byte[] payload) {
        Requester requester = ShellUser.requester();
        try (AuditTrail.Scope scope = audit.begin(requester, "write", "cofnod:import " + agency + " " + file, null)) {
            try {
                IngestReport report = ingest.ingest(requester, agency, mediaType, payload);
                scope.result("done");
                return report;
            } catch (RuntimeException e) {
                scope.result("failed: " + e.getClass().getSimpleName());
                throw e;
            }
        }
    }
}
