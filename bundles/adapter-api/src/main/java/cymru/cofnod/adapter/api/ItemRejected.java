package cymru.cofnod.adapter.api;

/** An item that cannot be taken in; its message is the reason the agency reads in the answer and in quarantine. */
public class ItemRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ItemRejected(String reason) {
        super(reason);
    }
}
