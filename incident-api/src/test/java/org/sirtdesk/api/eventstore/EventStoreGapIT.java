package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.DeliveryCounter;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The global-index gap trap of Axon's JDBC store (AxonFramework #4829): a reader that sees an event
 * whose message timestamp is older than the gap timeout records no gap below it, so an event with a
 * lower index committing later is never delivered. Here one append transaction stays open while
 * later appends are made, held past the gap timeout and committed; every event must still reach
 * the projections exactly once. Without the ordered append this test loses {@code slow-1}.
 */
@SpringBootTest(properties = "sirtdesk.event-store.gap-timeout-millis=300")
class EventStoreGapIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @TestConfiguration
    static class Counting {
        @Bean
        DeliveryCounter deliveryCounter() {
            return new DeliveryCounter();
        }
    }

    @Autowired
    EventStorageEngine engine;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeliveryCounter counter;

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void anAppendCommittedLongAfterLaterAppendsIsStillDeliveredExactlyOnce() throws Exception {
        var appended = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var slow = append("slow-1", () -> {
            appended.countDown();
            awaitRelease(release);
        });
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();

        var later = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 3; i++) {
            // Each later append holds its own transaction past the gap timeout before committing.
            later.add(append("later-" + i, () -> pause(1_000)));
        }
        pause(2_500);
        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        List<String> eventIds = jdbc.queryForList("SELECT eventidentifier FROM domainevententry", String.class);
        assertThat(eventIds).hasSize(4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(counter.deliveries()).containsOnlyKeys(eventIds);
            assertThat(counter.deliveries().values()).containsOnly(1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_summary", Long.class))
                    .isEqualTo(4L);
        });
        var ordered = jdbc.queryForList(
                "SELECT aggregateidentifier FROM domainevententry ORDER BY globalindex", String.class);
        assertThat(ordered.get(0)).isEqualTo("slow-1");
    }

    private CompletableFuture<Void> append(String id, Runnable beforeCommit) {
        return CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    engine.appendEvents(new GenericDomainEventMessage<>("Incident", id, 0, reported(id)));
                    beforeCommit.run();
                }),
                pool);
    }

    private static IncidentReported reported(String id) {
        var command = Reports.report(id);
        return new IncidentReported(
                id,
                command.trackingCode(),
                ReportChannel.API,
                command.facts(),
                Actor.of("reporter", Role.REPORTER),
                command.reportedAt(),
                "001 Art. 31-1");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
