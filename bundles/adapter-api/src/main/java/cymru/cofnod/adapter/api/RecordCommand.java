package cymru.cofnod.adapter.api;

import cymru.cofnod.outcomes.api.ItemKind;
import cymru.cofnod.outcomes.api.Person;
import cymru.cofnod.outcomes.api.RecordItem;

/** What one inbound item asks of the record. Each is carried out whole or not at all. */
public sealed interface RecordCommand permits RecordCommand.AddToRecord, RecordCommand.RegisterPerson {

    /** Adds an item (an entry, an outcome, a decision...) to the record of a person already matched. */
    record AddToRecord<T extends RecordItem>(String personId, ItemKind<T> kind, T item) implements RecordCommand {
    }

    /**
     * Makes a person known to Cofnod, as the agency that holds their case: if their identifiers already name
     * one person nothing changes and the item is a duplicate; identifiers naming different people are refused.
     */
    record RegisterPerson(Person person) implements RecordCommand {
    }
}
