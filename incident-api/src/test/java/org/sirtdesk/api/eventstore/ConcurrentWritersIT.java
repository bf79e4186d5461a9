package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Two writers on one incident: one wins, the other gets a clean conflict, nothing is lost or doubled. */
@SpringBootTest
class ConcurrentWritersIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStorageEngine engine;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(5)
    void twoReportsForTheSameIncidentIdRaceAndExactlyOneWins() throws Exception {
        var id = "race-" + System.nanoTime();
        var outcomes =
                race(() -> commands.sendAndWait(Reports.report(id)), () -> commands.sendAndWait(Reports.report(id)));
        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o != null)
                .singleElement()
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @RepeatedTest(5)
    void twoAppendsAtTheSameSequenceConflictCleanly() throws Exception {
        var id = "seq-" + System.nanoTime();
        commands.sendAndWait(Reports.report(id));
        Callable<Object> second = () -> {
            transactions.executeWithoutResult(status -> engine.appendEvents(new GenericDomainEventMessage<>(
                    "Incident", id, 1, "note from " + Thread.currentThread().getName())));
            return null;
        };
        var outcomes = race(second, second);
        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o != null).singleElement().isInstanceOf(ConcurrencyException.class);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void aDuplicateKeyFromPostgresIsReadAsAConcurrencyConflict() {
        var id = "dup-" + System.nanoTime();
        commands.sendAndWait(Reports.report(id));
        var failure = org.assertj.core.api.Assertions.catchThrowable(() -> transactions.executeWithoutResult(
                status -> engine.appendEvents(new GenericDomainEventMessage<>("Incident", id, 0, "again"))));
        assertThat(failure).isInstanceOfAny(ConcurrencyException.class, AggregateStreamCreationException.class);
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
    }

    /** Runs both at once; each outcome is null for success or the exception thrown. */
    private static List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Object>>();
            for (var task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        task.call();
                        return null;
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
