package org.sirtdesk.api.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * The JDBC event storage engine with appends serialised by a row lock held until commit.
 *
 * <p>A streaming processor reads events by global index. Without serialisation, a transaction
 * that took index N can commit after one that took N+1; if that happens later than the gap
 * timeout, the processor has already moved past N and never delivers it (AxonFramework #4829,
 * #2958). Taking the lock on {@code event_append_lock} before the insert makes index order equal
 * to commit order: the next appender waits until the lock holder commits or rolls back, so a
 * reader can only ever see a gap left by a rolled-back transaction, which stays empty forever.
 * See docs/adr/0003-ordered-event-appends.md.
 */
public class OrderedAppendJdbcEventStorageEngine extends JdbcEventStorageEngine {

    static final String LOCK_SQL = "SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE";

    public OrderedAppendJdbcEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected PreparedStatement appendEvents(
            Connection connection, List<? extends EventMessage<?>> events, Serializer serializer) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException(
                    "Events must be appended inside a transaction so the append lock is held until commit");
        }
        try (var lock = connection.prepareStatement(LOCK_SQL);
                var rows = lock.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("The event_append_lock row is missing; run the migrations");
            }
        }
        return super.appendEvents(connection, events, serializer);
    }
}
