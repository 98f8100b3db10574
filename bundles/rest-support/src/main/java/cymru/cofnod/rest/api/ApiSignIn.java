package cymru.cofnod.rest.api;

import cymru.cofnod.core.api.Requester;
import javax.servlet.http.HttpServletRequest;

/**
 * The API's sign-in for HTTP endpoints served outside its CXF server: HTTP Basic against the same JAAS realm, the
 * same agency and role roles, the same {@code X-Purpose-Of-Use} header and its wire names.
 */
public interface ApiSignIn {

    /** The header a request states its purpose of use in. */
    String PURPOSE_HEADER = "X-Purpose-Of-Use";

    /**
     * The signed-in user of the request, with the purpose it states, or a null purpose when it states none or one
     * Cofnod does not know.
     *
     * @throws Refused (401) without valid credentials of a user with a Cofnod role
     */
    Requester signedIn(HttpServletRequest request) throws Refused;

    /**
     * The signed-in user of a request that reads personal data: it must state one of Cofnod's purposes.
     *
     * @throws Refused 401 without valid credentials, 400 without a known purpose
     */
    Requester reading(HttpServletRequest request) throws Refused;

    /** The answer a request gets instead: its HTTP status, a sentence for the problem, and the challenge on 401. */
    final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final String challenge;

        public Refused(int status, String detail, String challenge) {
            super(detail);
            this.status = status;
            this.challenge = challenge;
        }

        public int status() {
            return status;
        }

        /** The {@code WWW-Authenticate} value for a 401, else null. */
        public String challenge() {
            return challenge;
        }
    }
}
