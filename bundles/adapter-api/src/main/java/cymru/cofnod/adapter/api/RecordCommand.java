package cymru.cofnod.adapter.api;

import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.Practitioner;
import cymru.cofnod.outcomes.api.RecordItem;
import java.util.List;

/** What one inbound item asks of the record. Each is carried out whole or not at all. */
public sealed interface RecordCommand
        permits RecordCommand.AddToRecord, RecordCommand.AddTogether, RecordCommand.RegisterPerson {

    /**
     * Adds an item (an entry, an outcome, a decision...) to the record of a person already matched.
     *
     * @param performedBy who did the work, as the sending system names them (recorded beside the system's user,
     *                    who sent it); null when it names nobody
     */
    record AddToRecord<T extends RecordItem>(String personId, ItemKind<T> kind, T item, Practitioner performedBy)
            implements RecordCommand {

        /** An addition whose sending system names no practitioner. */
        public AddToRecord(String personId, ItemKind<T> kind, T item) {
            this(personId, kind, item, null);
        }
    }

    /**
     * Adds several items from one inbound item, such as an assessment and the decision it recommends with its why:
     * in one transaction, all or nothing. If any is refused none is written, and the item waits in quarantine with
     * that one's reason. The first addition is stored under the item's own id, the n-th (from the second) under
     * {@code <id>#<n>}, so sending the item again stores nothing new.
     *
     * @param additions from one to {@value #MOST} additions
     */
    record AddTogether(List<AddToRecord<?>> additions) implements RecordCommand {

        /** The most additions one inbound item may make. */
        public static final int MOST = 20;

        public AddTogether {
            if (additions == null || additions.isEmpty() || additions.size() > MOST) {
                throw new ItemRejected("an item adds from 1 to " + MOST + " things to the record");
            }
            additions = List.copyOf(additions);
        }
    }

    /**
     * Makes a person known to Cofnod, as the agency that holds their case: if their identifiers already name
     * one person nothing changes and the item is a duplicate; identifiers naming different people are refused.
     */
    record RegisterPerson(Person person) implements RecordCommand {
    }
}
