package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.IngestReport;
import cymru.cofnod.consent.api.AuditTrail;
import cymru.cofnod.core.api.Requester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code cofnod:adapter-check <agency> <file>}: what the agency's adapter would make of a file, item by item, with
 * nothing written (the inbox's dry run). The check is audited as a read.
 */
@Command(scope = "cofnod", name = "adapter-check",
        description = "What an agency's adapter would do with a file, item by item, writing nothing")
@Service
public class AdapterCheckCommand extends AgencyFileCommand {

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        Requester requester = ShellUser.requester();
        IngestReport report;
        try (AuditTrail.Scope scope = audit.begin(requester, "read", "cofnod:adapter-check " + agency + " " + file,
                null)) {
            report = ingest.dryRun(requester, agency, mediaType(path), Files.readAllBytes(path));
            scope.result("done");
        }
        report.accepted().forEach(item -> System.out.println("would accept " + item.sourceKey()
                + (item.personId() == null ? "" : " for person " + item.personId())
                + (item.reason() == null ? "" : " (" + item.reason() + ")")));
        report.duplicate().forEach(item -> System.out.println("already there " + item.sourceKey()
                + (item.reason() == null ? "" : " (" + item.reason() + ")")));
        report.quarantined().forEach(item -> System.out.println("would quarantine "
                + (item.sourceKey() == null ? item.type() : item.sourceKey()) + ": " + item.reason()));
        System.out.println(report.accepted().size() + " would be accepted, " + report.duplicate().size()
                + " already there, " + report.quarantined().size() + " would be quarantined; nothing was written");
        return null;
    }
}
