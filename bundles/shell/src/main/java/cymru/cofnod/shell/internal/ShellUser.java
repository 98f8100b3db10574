package cymru.cofnod.shell.internal;

import cymru.cofnod.core.api.Purpose;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import org.apache.karaf.shell.support.ShellUtil;

/** The console user, as an administrator doing direct-care work (importing an agency's records). */
final class ShellUser {

    private ShellUser() {
    }

    static Requester requester() {
        String user = ShellUtil.getCurrentUserName();
        return new Requester(user == null ? "karaf" : user, null, Role.ADMINISTRATOR, Purpose.DIRECT_CARE);
    }
}
