package cymru.cofnod.rest.internal;

import cymru.cofnod.core.api.MalformedRequestException;

/** A request that needs a body must have one: no body, or a body of JSON {@code null}, is malformed. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new MalformedRequestException("body", "is required: a JSON object");
        }
        return body;
    }
}
