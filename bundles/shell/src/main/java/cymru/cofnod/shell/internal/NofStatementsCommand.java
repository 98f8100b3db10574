package cymru.cofnod.shell.internal;

import cymru.cofnod.nof.api.NofCatalogue;
import cymru.cofnod.nof.api.NofEntry;
import cymru.cofnod.nof.api.StatementFilter;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code cofnod:nof-statements}: the NOF catalogue's domains and statements, as worded now or at a version. */
@Command(scope = "cofnod", name = "nof-statements", description = "List the NOF catalogue's domains and statements")
@Service
public class NofStatementsCommand implements Action {

    @Reference
    private NofCatalogue catalogue;

    @Option(name = "--domain", description = "only this domain's statements")
    private String domain;

    @Option(name = "--applies-to", description = "adults, children or carers")
    private String appliesTo;

    @Option(name = "--lang", description = "cy for the Welsh wording where written")
    private String lang;

    @Option(name = "--version", description = "the catalogue as it stood at this version")
    private Long version;

    @Override
    public Object execute() {
        List<NofEntry> entries = new ArrayList<>();
        if (domain == null && version == null) {
            entries.addAll(catalogue.domains(appliesTo, lang));
        }
        entries.addAll(catalogue.statements(new StatementFilter(domain, appliesTo, null, version, lang)));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Code", "Kind", "Domain", "For", "Version", "Welsh", "To check", "Text"}) {
            table.column(column);
        }
        for (NofEntry e : entries) {
            table.addRow().addContent(e.code(), e.kind(), e.domain(), e.appliesTo(), e.catalogueVersion(),
                    e.welshPending() ? "pending" : "yes", e.toCheck() ? "yes" : "", e.text());
        }
        table.print(System.out);
        System.out.println("catalogue version " + catalogue.currentVersion());
        return null;
    }
}
