package org.sirtdesk.api.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 */
public class OrderedAppendJdbcEventStorageEngine extends JdbcEventStorageEngine {

    static final String LOCK_SQL = "SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE";

    private final TransactionManager transactionManager;

    public OrderedAppendJdbcEventStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
    }

    /**
     * Inserts the events and their chain links in one transaction: Axon's append joins it, so the
     * lock taken before the insert is still held while the links are written.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
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

    /** Writes one link per domain event of an aggregate, in sequence order, on the appending connection. */
    static void linkEvents(Connection connection, List<? extends EventMessage<?>> events) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("Chain links must be written in the transaction of their events");
        }
        var byAggregate = new LinkedHashMap<String, List<DomainEventMessage<?>>>();
        for (var event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                byAggregate
                        .computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>())
                        .add(domain);
            }
        }
        var links = new ArrayList<ChainLink>();
        for (var entry : byAggregate.entrySet()) {
            links.addAll(linksFor(connection, entry.getKey(), entry.getValue()));
        }
        if (!links.isEmpty()) {
            EventChainRows.insert(connection, links);
        }
    }

    private static List<ChainLink> linksFor(
            Connection connection, String aggregateIdentifier, List<DomainEventMessage<?>> appended)
            throws SQLException {
        long first = appended.stream()
                .mapToLong(DomainEventMessage::getSequenceNumber)
                .min()
                .orElseThrow();
        long last = appended.stream()
                .mapToLong(DomainEventMessage::getSequenceNumber)
                .max()
                .orElseThrow();
        Set<String> identifiers =
                appended.stream().map(EventMessage::getIdentifier).collect(Collectors.toSet());
        var rows = EventChainRows.appended(connection, aggregateIdentifier, first, last);
        var stored = rows.events().stream()
                .filter(row -> identifiers.contains(row.eventIdentifier()))
                .toList();
        if (stored.size() != appended.size()) {
            throw new IllegalStateException("Appended events of " + aggregateIdentifier + " cannot be read back");
        }
        var previous = rows.previousHash().orElse(EventChain.GENESIS);
        var links = new ArrayList<ChainLink>();
        for (var event : stored) {
            var hash = EventChain.linkHash(previous, event);
            links.add(new ChainLink(
                    aggregateIdentifier, event.sequenceNumber(), event.eventIdentifier(), previous, hash));
            previous = hash;
        }
        return links;
    }
}
