package cymru.cofnod.shell.internal;

import cymru.cofnod.consent.api.AuditTrail;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code cofnod:audit-verify}: checks the audit's hash chain and names the first broken event. */
@Command(scope = "cofnod", name = "audit-verify", description = "Check the audit trail's hash chain")
@Service
public class AuditVerifyCommand implements Action {

    @Reference
    private AuditTrail audit;

    @Override
    public Object execute() {
        AuditTrail.Verification v = audit.verify();
        System.out.println(v.status() + ": " + v.detail());
        if (v.firstBrokenEvent() != null) {
            System.out.println("first broken event: " + v.firstBrokenEvent());
        }
        return null;
    }
}
