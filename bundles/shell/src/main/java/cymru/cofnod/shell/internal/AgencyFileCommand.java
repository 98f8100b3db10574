package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.IngestService;
import cymru.cofnod.consent.api.AuditTrail;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** A command that reads a file in an agency's own format through its adapter: the agency, the file, its type. */
abstract class AgencyFileCommand implements Action {

    @Reference
    IngestService ingest;

    @Reference
    AuditTrail audit;

    @Argument(index = 0, name = "agency", required = true, description = "the agency id, e.g. gofal-da-homecare")
    String agency;

    @Argument(index = 1, name = "file", required = true, description = "the file, in the agency's own format")
    String file;

    @Option(name = "--type", description = "media type (default from the file name: .csv text/csv, .json application/json)")
    String type;

    /** The file's media type: as given, or from its name. */
    String mediaType(Path path) {
        if (type != null) {
            return type;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "text/csv" : name.endsWith(".fhir.json") ? "application/fhir+json"
                : "application/json";
    }
}
