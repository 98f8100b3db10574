package cymru.cofnod.shell.internal;

import cymru.cofnod.core.api.JobLeases;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code cofnod:jobs}: the work that runs once across the nodes, with which node ran it last, when and how. */
@Command(scope = "cofnod", name = "jobs", description = "List the jobs that run once across the Cofnod nodes and their last run")
@Service
public class JobsCommand implements Action {

    @Reference
    private JobLeases leases;

    @Override
    public Object execute() {
        for (JobLeases.JobRun run : leases.runs()) {
            System.out.println(run.job() + "  node=" + run.node() + "  started=" + run.startedAt()
                    + "  finished=" + (run.finishedAt() == null ? "(running)" : run.finishedAt())
                    + "  leasedUntil=" + run.leasedUntil() + "  outcome=" + run.outcome());
        }
        return null;
    }
}
