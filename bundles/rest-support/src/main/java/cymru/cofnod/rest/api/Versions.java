package cymru.cofnod.rest.api;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Response;

/** ETags are item versions; an update must name the version it read in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; none is 428, since an unconditional edit could lose another. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new javax.ws.rs.WebApplicationException(
                    "If-Match is required: send the ETag of the version you are changing",
                    Response.status(428).build());
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match '" + ifMatch + "' is not an ETag this API gave out");
        }
    }
}
