package cymru.cofnod.outcomes.internal;

import cymru.cofnod.outcomes.api.PersonService;
import cymru.cofnod.outcomes.api.RecordListener;
import cymru.cofnod.outcomes.api.RecordService;
import cymru.cofnod.testing.DerbyUnit;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The outcomes bundle's real services on their own in-memory Derby database, for the nof bundle's unit
 * tests; {@link #listen} binds a listener the way Declarative Services does in the container.
 */
public final class RecordForTests implements AutoCloseable {

    private final DerbyUnit unit = new DerbyUnit("cofnod-outcomes");
    private final JpaPersonService people = new JpaPersonService(unit.jpa());
    private final JpaRecordService record = new JpaRecordService(unit.jpa(), people);

    public PersonService people() {
        return people;
    }

    public RecordService record() {
        return record;
    }

    public void listen(RecordListener listener) {
        try {
            Field listeners = JpaRecordService.class.getDeclaredField("listeners");
            listeners.setAccessible(true);
            listeners.set(record, List.of(listener));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        unit.close();
    }
}
