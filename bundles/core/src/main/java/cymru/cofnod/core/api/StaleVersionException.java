package cymru.cofnod.core.api;

/** The item changed since the writer read it (If-Match does not match): the edit is refused, nothing is lost. */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public StaleVersionException(String id, long expected, long currentVersion) {
        super("Item " + id + " is at version " + currentVersion + ", not " + expected + ": read it again and reapply the change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
