package cymru.cofnod.shell.internal;

import cymru.cofnod.nof.api.NofFacts;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code cofnod:nof-rebuild-facts}: rebuilds the de-identified report facts from every live outcome and review. */
@Command(scope = "cofnod", name = "nof-rebuild-facts", description = "Rebuild the NOF report facts from the record")
@Service
public class NofRebuildFactsCommand implements Action {

    @Reference
    private NofFacts facts;

    @Override
    public Object execute() {
        int read = facts.rebuild(ShellUser.requester());
        System.out.println("read " + read + " outcomes; " + facts.count(ShellUser.requester()) + " live facts");
        return null;
    }
}
