package cymru.cofnod.rest.api;

import cymru.cofnod.core.api.MalformedRequestException;

/** A request that needs a body must have one: no body, or a body of JSON {@code null}, is malformed. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new MalformedRequestException("body", "is required: a JSON object");
        }
        return body;
    }
}
