package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class OrderedAppendJdbcEventStorageEngineTest {

    private final OrderedAppendJdbcEventStorageEngine engine = new OrderedAppendJdbcEventStorageEngine(
            JdbcEventStorageEngine.builder()
                    .connectionProvider(() -> mock(Connection.class))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(JacksonSerializer.defaultSerializer())
                    .snapshotSerializer(JacksonSerializer.defaultSerializer()),
            NoTransactionManager.INSTANCE,
            () -> true,
            100);

    private final List<GenericDomainEventMessage<String>> events =
            List.of(new GenericDomainEventMessage<>("Incident", "i-1", 0, "payload"));

    @Test
    void refusesToAppendOnAnAutoCommitConnectionBecauseTheLockWouldNotBeHeld() throws Exception {
        var connection = mock(Connection.class);
        when(connection.getAutoCommit()).thenReturn(true);
        assertThatThrownBy(() -> engine.appendEvents(connection, events, JacksonSerializer.defaultSerializer()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
        verify(connection, never()).prepareStatement(anyString());
    }

    @Test
    void refusesToAppendWhenTheLockRowIsMissing() throws Exception {
        var connection = mock(Connection.class);
        var statement = mock(PreparedStatement.class);
        var rows = mock(ResultSet.class);
        when(connection.getAutoCommit()).thenReturn(false);
        when(connection.prepareStatement(OrderedAppendJdbcEventStorageEngine.LOCK_SQL))
                .thenReturn(statement);
        when(statement.executeQuery()).thenReturn(rows);
        when(rows.next()).thenReturn(false);
        assertThatThrownBy(() -> engine.appendEvents(connection, events, JacksonSerializer.defaultSerializer()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event_append_lock");
    }
}
