package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Commands that append while the append lock is held are committed together once it is free, each
 * incident's chain holds, and a conflict inside a group fails only its own command.
 */
@SpringBootTest
class GroupCommitIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncidentChainVerifier verifier;

    private final List<Thread> senders = new ArrayList<>();

    @AfterEach
    void joinSenders() throws InterruptedException {
        for (var sender : senders) {
            sender.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    @Test
    void reportsQueuedBehindTheLockAreCommittedInOneTransactionAndEveryChainHolds() throws Exception {
        var prefix = "group-" + System.nanoTime() + "-";
        var outcomes = new ArrayList<AtomicReference<Object>>();
        try (var lockHolder = holdAppendLock()) {
            outcomes.add(send(prefix + 0));
            awaitAppendWaitingForLock();
            for (int i = 1; i < 10; i++) {
                outcomes.add(send(prefix + i));
            }
            awaitSendersWaiting();
            lockHolder.rollback();
        }
        joinSenders();

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.get()).isEqualTo("sent"));
        // the first append took the lock alone; the nine that queued behind it share one transaction
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT xmin::text) FROM domainevententry WHERE aggregateidentifier LIKE ?",
                        Long.class,
                        prefix + "%"))
                .isEqualTo(2);
        for (int i = 0; i < 10; i++) {
            var report = verifier.verify(prefix + i).orElseThrow();
            assertThat(report.verified()).as("chain of %s", prefix + i).isTrue();
            assertThat(report.events()).isEqualTo(1);
        }
        assertGlobalIndexFollowsCommitOrder(prefix);
    }

    @Test
    void aRepeatedIncidentInsideAGroupFailsAloneAndTheOthersAreStored() throws Exception {
        var prefix = "conflict-" + System.nanoTime() + "-";
        commands.sendAndWait(Reports.report(prefix + "taken"));
        var outcomes = new ArrayList<AtomicReference<Object>>();
        AtomicReference<Object> repeated;
        try (var lockHolder = holdAppendLock()) {
            outcomes.add(send(prefix + "first"));
            awaitAppendWaitingForLock();
            outcomes.add(send(prefix + "a"));
            repeated = send(prefix + "taken");
            outcomes.add(send(prefix + "b"));
            outcomes.add(send(prefix + "c"));
            awaitSendersWaiting();
            lockHolder.rollback();
        }
        joinSenders();

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.get()).isEqualTo("sent"));
        assertThat(repeated.get()).isInstanceOf(AggregateStreamCreationException.class);
        for (var suffix : List.of("taken", "first", "a", "b", "c")) {
            var report = verifier.verify(prefix + suffix).orElseThrow();
            assertThat(report.verified()).isTrue();
            assertThat(report.events()).isEqualTo(1);
        }
        assertGlobalIndexFollowsCommitOrder(prefix);
    }

    /** Rows of later transactions have higher global indexes: commit order is index order (ADR 3). */
    private void assertGlobalIndexFollowsCommitOrder(String prefix) {
        var byIndex = jdbc.queryForList(
                "SELECT xmin::text::bigint FROM domainevententry WHERE aggregateidentifier LIKE ? ORDER BY globalindex",
                Long.class,
                prefix + "%");
        assertThat(byIndex).isSorted();
    }

    private AtomicReference<Object> send(String incidentId) {
        var outcome = new AtomicReference<Object>();
        var sender = new Thread(() -> {
            try {
                commands.sendAndWait(Reports.report(incidentId));
                outcome.set("sent");
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        senders.add(sender);
        sender.start();
        return outcome;
    }

    /** A transaction of the test's own that holds the append lock until rolled back. */
    private LockHolder holdAppendLock() throws Exception {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute(OrderedAppendJdbcEventStorageEngine.LOCK_SQL);
        }
        return new LockHolder(connection);
    }

    private record LockHolder(Connection connection) implements AutoCloseable {

        void rollback() throws Exception {
            connection.rollback();
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }

    private void awaitAppendWaitingForLock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Long waiting = jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?",
                    Long.class,
                    "%event_append_lock%");
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("No append waited for the lock");
    }

    /** Every sender is parked, waiting for its append's outcome. */
    private void awaitSendersWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (senders.stream().allMatch(s -> s.getState() == Thread.State.WAITING)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("Not every sender waits for its append");
    }
}
