package org.sirtdesk.api.eventstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reads event rows and chain links, and writes links, on a caller's connection. */
final class EventChainRows {

    /** The columns a chain link covers, as {@link #storedEvent} reads them. */
    private static final String EVENT_COLUMNS =
            "aggregateidentifier, sequencenumber, eventidentifier, payloadtype, payloadrevision, timestamp, payload,"
                    + " metadata";

    static final String EVENTS_SQL =
            "SELECT " + EVENT_COLUMNS + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber";

    static final String LINKS_SQL =
            "SELECT aggregate_identifier, sequence_number, event_identifier, previous_hash, hash"
                    + " FROM event_chain WHERE aggregate_identifier = ? ORDER BY sequence_number";

    /**
     * Events by their identifiers, each with the hash of its aggregate's last link before it, sorted by
     * aggregate and sequence number: what an append needs to seal its events, in one round trip. The
     * list of identifiers is appended as placeholders.
     */
    static final String APPENDED_SQL = "SELECT " + EVENT_COLUMNS + ","
            + " (SELECT c.hash FROM event_chain c WHERE c.aggregate_identifier = e.aggregateidentifier"
            + " AND c.sequence_number < e.sequencenumber ORDER BY c.sequence_number DESC LIMIT 1)"
            + " FROM domainevententry e WHERE e.eventidentifier IN ";

    static final String INSERT_SQL = "INSERT INTO event_chain"
            + " (aggregate_identifier, sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)";

    private EventChainRows() {}

    static List<StoredEvent> events(Connection connection, String aggregateIdentifier) throws SQLException {
        try (var statement = connection.prepareStatement(EVENTS_SQL)) {
            statement.setString(1, aggregateIdentifier);
            try (var rows = statement.executeQuery()) {
                var events = new ArrayList<StoredEvent>();
                while (rows.next()) {
                    events.add(storedEvent(rows));
                }
                return events;
            }
        }
    }

    /** An event just appended, as stored, and the hash of its aggregate's last link before it. */
    record Appended(StoredEvent event, Optional<String> previousHash) {}

    static List<Appended> appended(Connection connection, List<String> eventIdentifiers) throws SQLException {
        var sql = APPENDED_SQL + "(" + String.join(", ", Collections.nCopies(eventIdentifiers.size(), "?"))
                + ") ORDER BY e.aggregateidentifier, e.sequencenumber";
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < eventIdentifiers.size(); i++) {
                statement.setString(i + 1, eventIdentifiers.get(i));
            }
            try (var rows = statement.executeQuery()) {
                var appended = new ArrayList<Appended>();
                while (rows.next()) {
                    appended.add(new Appended(storedEvent(rows), Optional.ofNullable(rows.getString(9))));
                }
                return appended;
            }
        }
    }

    private static StoredEvent storedEvent(ResultSet rows) throws SQLException {
        return new StoredEvent(
                rows.getString(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getBytes(7),
                rows.getBytes(8));
    }

    static List<ChainLink> links(Connection connection, String aggregateIdentifier) throws SQLException {
        try (var statement = connection.prepareStatement(LINKS_SQL)) {
            statement.setString(1, aggregateIdentifier);
            try (var rows = statement.executeQuery()) {
                var links = new ArrayList<ChainLink>();
                while (rows.next()) {
                    links.add(new ChainLink(
                            rows.getString(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5)));
                }
                return links;
            }
        }
    }

    static void insert(Connection connection, List<ChainLink> links) throws SQLException {
        try (var statement = connection.prepareStatement(INSERT_SQL)) {
            for (var link : links) {
                statement.setString(1, link.aggregateIdentifier());
                statement.setLong(2, link.sequenceNumber());
                statement.setString(3, link.eventIdentifier());
                statement.setString(4, link.previousHash());
                statement.setString(5, link.hash());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
