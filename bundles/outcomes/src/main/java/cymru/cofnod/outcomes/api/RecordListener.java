package cymru.cofnod.outcomes.api;

/**
 * Whiteboard: a service of this type hears of every change to any record after it is committed (in
 * the writer's thread), so other bundles can keep their own views (NOF facts, outbound messages)
 * without reading the outcomes bundle's tables. A listener that throws is logged and does not undo
 * the change.
 */
public interface RecordListener {

    void changed(RecordChange change);

    /**
     * One committed change.
     *
     * @param state {@code live} for an added or revised item, {@code withdrawn} for a withdrawal
     * @param item  the item as it now stands (for a withdrawal, as it stood)
     */
    record RecordChange(String kind, String itemId, String personId, long version, String state, String agency,
                        RecordItem item) {
    }
}
