package cymru.cofnod.shell.internal;

import cymru.cofnod.adapter.api.AgencyStatus;
import cymru.cofnod.adapter.api.IngestService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code cofnod:adapters}: every agency with its adapter kind, health and what waits in its quarantine. */
@Command(scope = "cofnod", name = "adapters", description = "Agencies, their adapters and health")
@Service
public class AdaptersCommand implements Action {

    @Reference
    private IngestService ingest;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Agency");
        table.column("Name");
        table.column("Adapter");
        table.column("Health");
        table.column("Reads");
        table.column("Quarantined");
        table.column("Oldest");
        table.column("Detail");
        for (AgencyStatus a : ingest.agencies()) {
            table.addRow().addContent(a.id(), a.name(), a.adapterKind(), a.health(),
                    String.join(" ", new java.util.TreeSet<>(a.mediaTypes())), a.quarantine().count(),
                    a.quarantine().oldest() == null ? "" : a.quarantine().oldest(), a.detail() == null ? "" : a.detail());
        }
        table.print(System.out);
        return null;
    }
}
