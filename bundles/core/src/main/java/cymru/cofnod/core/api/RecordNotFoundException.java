package cymru.cofnod.core.api;

/**
 * No such item, or one the requester may not see: the two answer alike so that consent leaks nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String what, String id) {
        super("No " + what + " with id " + id);
    }
}
