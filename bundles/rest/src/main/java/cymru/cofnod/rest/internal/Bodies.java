package cymru.cofnod.rest.internal;

import javax.ws.rs.BadRequestException;

/** A request that needs a body must have one. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("This request needs a JSON body");
        }
        return body;
    }
}
