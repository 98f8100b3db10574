package cymru.cofnod.nof.internal;

import cymru.cofnod.core.api.AccessDeniedException;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import java.util.Arrays;

/** Which roles may do what in the nof bundle: deny unless the role is named. */
final class Access {

    private Access() {
    }

    static void require(Requester requester, String what, Role... allowed) {
        if (requester == null || !Arrays.asList(allowed).contains(requester.role())) {
            throw new AccessDeniedException("Only " + Arrays.stream(allowed).map(Role::wireName)
                    .reduce((a, b) -> a + " or " + b).orElse("nobody") + " may " + what);
        }
    }
}
