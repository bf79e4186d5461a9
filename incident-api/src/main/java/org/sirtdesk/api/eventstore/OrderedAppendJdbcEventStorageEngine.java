package org.sirtdesk.api.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * The JDBC event storage engine with appends serialised by a row lock held until commit, and every
 * domain event sealed into its aggregate's hash chain in the same transaction.
 *
 * <p>A streaming processor reads events by global index. Without serialisation, a transaction
 * that took index N can commit after one that took N+1; if that happens later than the gap
 * timeout, the processor has already moved past N and never delivers it (AxonFramework #4829,
 * #2958). Taking the lock on {@code event_append_lock} before the insert makes index order equal
 * to commit order: the next appender waits until the lock holder commits or rolls back, so a
 * reader can only ever see a gap left by a rolled-back transaction, which stays empty forever.
 * See docs/adr/0003-ordered-event-appends.md.
 *
 * <p>After the insert, still holding the lock, the engine reads the new rows back exactly as stored
 * and writes one {@code event_chain} link per domain event, continuing from the aggregate's last
 * link. Because the lock serialises appends, nobody else can extend the same chain in between. See
 * docs/adr/0006-tamper-evident-event-chain.md.
 *
 * <p>An append made inside the caller's transaction joins it, so the events commit with whatever
 * else the caller writes. An append made outside any transaction (a command: the command bus runs
 * without one) is group-committed: written together with the appends that queued up meanwhile, in
 * one transaction of its own (GroupedAppends, docs/adr/0011-group-commit-of-appends.md).
 */
public class OrderedAppendJdbcEventStorageEngine extends JdbcEventStorageEngine {

    static final String LOCK_SQL = "SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE";

    private final TransactionManager transactionManager;
    private final BooleanSupplier callerTransactionActive;
    private final GroupedAppends groupedAppends;

    /**
     * @param callerTransactionActive whether the calling thread has a transaction that an append
     *     must join
     * @param maxGroupEvents the most events one grouped transaction writes
     */
    public OrderedAppendJdbcEventStorageEngine(
            Builder builder,
            TransactionManager transactionManager,
            BooleanSupplier callerTransactionActive,
            int maxGroupEvents) {
        super(builder);
        this.transactionManager = transactionManager;
        this.callerTransactionActive = callerTransactionActive;
        this.groupedAppends =
                new GroupedAppends(events -> appendInTransaction(events, getEventSerializer()), maxGroupEvents);
    }

    /** Joins the caller's transaction if there is one; otherwise the append is group-committed. */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        if (callerTransactionActive.getAsBoolean()) {
            appendInTransaction(events, serializer);
        } else {
            groupedAppends.append(events);
        }
    }

    /**
     * Inserts the events and their chain links in one transaction, the caller's or a new one: Axon's
     * append joins it, so the lock taken before the insert is still held while the links are written.
     */
    private void appendInTransaction(List<? extends EventMessage<?>> events, Serializer serializer) {
        transactionManager.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            try (var connection = getConnection()) {
                linkEvents(connection, events);
            } catch (SQLException e) {
                throw new JdbcException("Failed to write the hash chain of the appended events", e);
            }
        });
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

    /**
     * Writes one link per appended domain event, on the appending connection: each aggregate's events
     * in sequence order, continuing from its last link. The new rows of all aggregates are read back
     * in one query.
     */
    static void linkEvents(Connection connection, List<? extends EventMessage<?>> events) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("Chain links must be written in the transaction of their events");
        }
        var identifiers = new ArrayList<String>();
        for (var event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                identifiers.add(domain.getIdentifier());
            }
        }
        if (identifiers.isEmpty()) {
            return;
        }
        var stored = EventChainRows.appended(connection, identifiers);
        if (stored.size() != identifiers.size()) {
            throw new IllegalStateException(
                    "Appended events cannot be read back: " + stored.size() + " of " + identifiers.size() + " found");
        }
        var links = new ArrayList<ChainLink>();
        String aggregate = null;
        String previous = null;
        for (var row : stored) {
            var event = row.event();
            if (!event.aggregateIdentifier().equals(aggregate)) {
                aggregate = event.aggregateIdentifier();
                previous = row.previousHash().orElse(EventChain.GENESIS);
            }
            var hash = EventChain.linkHash(previous, event);
            links.add(new ChainLink(aggregate, event.sequenceNumber(), event.eventIdentifier(), previous, hash));
            previous = hash;
        }
        EventChainRows.insert(connection, links);
    }
}
