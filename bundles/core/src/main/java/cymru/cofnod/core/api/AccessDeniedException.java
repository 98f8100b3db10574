package cymru.cofnod.core.api;

/** The requester's role may never do this (for example a commissioner reading a person's record). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
