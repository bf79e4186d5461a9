package org.sirtdesk.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.projections.processing.ReadModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk replay that fails part-way, after some pages were written, does not stop the processor: it
 * replays the store event by event instead, passes over what the bulk replay wrote (the read models
 * are idempotent), and ends with the live tables.
 */
@SpringBootTest(properties = "sirtdesk.processing.replay-page-size=2")
class BulkReplayFallbackIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    /**
     * A read model that, while armed, fails on every event handed to it outside the processor's own
     * batches, that is by the bulk replay, after letting a few through so that pages were written.
     */
    @ProcessingGroup(ReadModels.PROCESSING_GROUP)
    static class FailsInBulk {

        final AtomicBoolean armed = new AtomicBoolean();
        final AtomicInteger letThrough = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();

        @EventHandler
        void on(IncidentEvent event) {
            var byProcessor = CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork;
            if (armed.get() && !byProcessor && letThrough.decrementAndGet() < 0) {
                failures.incrementAndGet();
                throw new IllegalStateException("cannot replay " + event.incidentId() + " in bulk");
            }
        }
    }

    @TestConfiguration
    static class Failing {
        @Bean
        FailsInBulk failsInBulk() {
            return new FailsInBulk();
        }
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    FailsInBulk failing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBulkReplayThatFailsPartWayIsFollowedByAReplayEventByEvent() {
        for (int n = 1; n <= 4; n++) {
            commands.sendAndWait(Reports.report("inc-fallback-" + n));
        }
        long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM incident_timeline", Long.class) == stored);
        var live = snapshot();
        assertThat(live.get("incident_summary")).hasSize(4);
        assertThat(stored).isGreaterThanOrEqualTo(4);

        var processor = processing
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        transactions.executeWithoutResult(status -> {
            jdbc.update("TRUNCATE incident_summary, incident_timeline, obligation_record, deadline_incident");
            jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", ReadModels.PROCESSING_GROUP);
        });
        failing.letThrough.set((int) (stored / 2));
        failing.armed.set(true);
        processor.start();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(snapshot()).isEqualTo(live));
        assertThat(failing.failures.get()).isPositive();
    }

    Map<String, List<Map<String, Object>>> snapshot() {
        var result = new TreeMap<String, List<Map<String, Object>>>();
        for (var table : List.of("incident_summary", "incident_timeline", "obligation_record", "deadline_incident")) {
            result.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return result;
    }
}
