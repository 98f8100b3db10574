package cymru.cofnod.outcomes.internal;

import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import cymru.cofnod.core.api.Validation;
import cymru.cofnod.outcomes.api.Perspective;

/**
 * Whose a view says it is must fit who is signed in: a view signed by a practitioner is written by a practitioner
 * of that agency, and the person signs their own views as themselves, never as anyone else. Who wrote it is in
 * the item's provenance, always the signed-in writer.
 */
final class Signature {

    private Signature() {
    }

    static void check(Requester requester, Perspective.Whose whose, Validation v) {
        if (whose == null) {
            return;
        }
        if (requester.role() == Role.PERSON) {
            v.require("person".equals(whose.role()) && whose.agency() == null, "whose",
                    "the person's view is signed as theirs: role person, no agency");
            return;
        }
        v.require(!"practitioner".equals(whose.role()) || requester.role() == Role.PRACTITIONER, "whose.role",
                        "only a practitioner signs as a practitioner")
                .require(whose.agency() == null || whose.agency().equals(requester.agency()), "whose.agency",
                        "a view is signed for the writer's own agency");
    }
}
