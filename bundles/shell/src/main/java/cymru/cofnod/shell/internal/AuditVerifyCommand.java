package cymru.cofnod.shell.internal;

import cymru.cofnod.consent.api.AuditTrail;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code cofnod:audit-verify}: checks the audit's keyed chain, the record's item versions against the digests
 * the events carry, and the checkpoints kept outside the database; says what it checked and the first break of
 * each kind.
 */
@Command(scope = "cofnod", name = "audit-verify",
        description = "Check the audit chain, the record's item versions and the checkpoints outside the database")
@Service
public class AuditVerifyCommand implements Action {

    @Reference
    private AuditTrail audit;

    @Override
    public Object execute() {
        AuditTrail.Verification v = audit.verify();
        System.out.println(v.status() + ": " + v.detail());
        System.out.println("events checked: " + v.eventsChecked() + ", item versions checked: "
                + v.itemVersionsChecked() + ", checkpoints checked: " + v.checkpointsChecked());
        for (AuditTrail.Break b : v.breaks()) {
            System.out.println("first " + b.kind() + " break (of " + b.count() + "): " + b.where() + ": " + b.what());
        }
        return null;
    }
}
