package cymru.cofnod.consent.internal;

import cymru.cofnod.consent.api.AuditEvent;
import cymru.cofnod.core.api.InList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

/**
 * Where a change's event waits to be chained. It is written through the writing bundle's own transaction
 * (its connection, on Cofnod's one datasource), so it commits with the change or not at all; the audit
 * writer then moves it into the chain in the consent bundle's transaction. Chaining it there, and not in
 * the writer's transaction, keeps the chain's head locked for a moment, not for a whole write.
 */
final class AuditOutbox {

    private AuditOutbox() {
    }

    /** Writes the events in the transaction {@code em} runs; returns their ids in the outbox. */
    static List<String> put(EntityManager em, List<AuditEvent> events) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("A change is recorded in the audit inside its own transaction");
        }
        List<String> ids = new ArrayList<>(events.size());
        try (PreparedStatement insert = c.prepareStatement(OutboxRow.INSERT)) {
            for (AuditEvent e : events) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC)));
                insert.setString(3, e.user());
                insert.setString(4, e.agency());
                insert.setString(5, e.role());
                insert.setString(6, e.purpose());
                insert.setString(7, e.personId());
                insert.setString(8, e.action());
                insert.setString(9, e.resource());
                insert.setString(10, e.detail());
                insert.setString(11, e.result());
                insert.setBoolean(12, e.breakGlass());
                String versions = VersionLines.write(e.versions());
                if (versions == null) {
                    insert.setNull(13, Types.CLOB);
                } else {
                    insert.setString(13, versions);
                }
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The change's audit event could not be written with it", e);
        }
        return ids;
    }

    /**
     * The waiting events with these ids, in the order given, taken out of the outbox; ids not there are skipped.
     * Only the rows read are deleted: on PostgreSQL a row whose writer commits between the read and the delete is
     * not read (readers do not wait for writers there, as they do on Derby) but would be deleted, and its event lost.
     */
    static List<AuditEvent> take(EntityManager em, Collection<String> ids) {
        Map<String, AuditEvent> found = new HashMap<>();
        for (List<String> piece : InList.pieces(new LinkedHashSet<>(ids))) {
            List<String> read = new ArrayList<>();
            for (OutboxRow row : em.createQuery("select o from OutboxRow o where o.id in :ids", OutboxRow.class)
                    .setParameter("ids", piece).getResultList()) {
                found.put(row.id(), row.toEvent());
                read.add(row.id());
            }
            if (!read.isEmpty()) {
                em.createQuery("delete from OutboxRow o where o.id in :ids").setParameter("ids", read).executeUpdate();
            }
        }
        List<AuditEvent> events = new ArrayList<>(found.size());
        for (String id : new LinkedHashSet<>(ids)) {
            AuditEvent e = found.get(id);
            if (e != null) {
                events.add(e);
            }
        }
        return events;
    }

    /** Ids of events waiting since before {@code before}, oldest first: left by a writer that did not hand them on. */
    static List<String> waiting(EntityManager em, Instant before, int max) {
        return em.createQuery("select o.id from OutboxRow o where o.at < :before order by o.at", String.class)
                .setParameter("before", LocalDateTime.ofInstant(before, ZoneOffset.UTC)).setMaxResults(max)
                .getResultList();
    }
}
