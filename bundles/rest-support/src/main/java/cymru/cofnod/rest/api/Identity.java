package cymru.cofnod.rest.api;

import cymru.cofnod.core.api.Purpose;
import java.security.Principal;
import cymru.cofnod.core.api.Requester;
import cymru.cofnod.core.api.Role;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAuthorizedException;

/** The authenticated user of one request, as the API's authentication found them. */
public record Identity(String user, String agency, Role role) {

    public static final String PROPERTY = "cofnod.identity";
    public static final String PURPOSE_HEADER = "X-Purpose-Of-Use";
    public static final String AGENCY_PREFIX = "agency:";
    public static final String ROLE_PREFIX = "role:";

    public static Identity of(HttpServletRequest request) {
        Object identity = request.getAttribute(PROPERTY);
        if (identity instanceof Identity i) {
            return i;
        }
        throw new NotAuthorizedException("Basic realm=\"cofnod\"");
    }

    /** The requester of a request that reads no personal data: the purpose is taken if stated, not required. */
    public static Requester requesterAnyPurpose(HttpServletRequest request) {
        Identity who = of(request);
        Purpose purpose = Purpose.fromWireName(String.valueOf(request.getHeader(PURPOSE_HEADER)).trim()).orElse(null);
        return new Requester(who.user, who.agency, who.role, purpose);
    }

    /**
     * The requester of an agency's system handling its own payloads (sending, retrying, discarding): that is direct
     * care, unless another purpose is stated; nothing of a record is read back.
     */
    public static Requester sender(HttpServletRequest request) {
        return request.getHeader(PURPOSE_HEADER) == null ? of(request).asRequester(Purpose.DIRECT_CARE)
                : requester(request);
    }

    /** The requester of a request that reads personal data: it must say why, in {@value #PURPOSE_HEADER}. */
    public static Requester requester(HttpServletRequest request) {
        Identity who = of(request);
        String stated = request.getHeader(PURPOSE_HEADER);
        if (stated == null || stated.isBlank()) {
            throw new BadRequestException(PURPOSE_HEADER + " is required when reading personal data: "
                    + "direct-care, care-planning, safeguarding or commissioning");
        }
        Purpose purpose = Purpose.fromWireName(stated.trim()).orElseThrow(() -> new BadRequestException(
                PURPOSE_HEADER + " '" + stated + "' is not one of direct-care, care-planning, safeguarding, commissioning"));
        return new Requester(who.user, who.agency, who.role, purpose);
    }

    /**
     * A user as the realm describes them: their agency and role are roles named {@code agency:<id>} and
     * {@code role:<role>}; the role is null when the realm gives none.
     */
    public static Identity fromRoles(String user, Iterable<? extends Principal> roles) {
        String agency = null;
        Role role = null;
        for (Principal p : roles) {
            String name = p.getName();
            if (name.startsWith(AGENCY_PREFIX)) {
                agency = name.substring(AGENCY_PREFIX.length());
            } else if (name.startsWith(ROLE_PREFIX)) {
                role = Role.fromWireName(name.substring(ROLE_PREFIX.length()));
            }
        }
        return new Identity(user, agency, role);
    }

    /** The requester of a request that reads no person's record (catalogue, de-identified reports). */
    public Requester asRequester(Purpose purpose) {
        return new Requester(user, agency, role, purpose);
    }
}
