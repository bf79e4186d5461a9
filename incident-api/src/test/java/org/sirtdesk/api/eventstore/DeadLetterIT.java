package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.config.DeadLetterRetry;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A projection that keeps failing on one incident's event parks that event in its dead-letter queue
 * and goes on with the other incidents: the event is kept, not dropped, and nothing else waits. A
 * retry leaves it parked while the cause remains and processes it once the cause is gone.
 */
@SpringBootTest
class DeadLetterIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    /** Fails on every report whose title says so, until repaired; remembers the others. */
    @ProcessingGroup("poisoned")
    static class FailingProjection {

        final Set<String> seen = ConcurrentHashMap.newKeySet();
        volatile boolean broken = true;

        @EventHandler
        void on(IncidentReported event) {
            if (broken && event.facts().title().startsWith("POISON")) {
                throw new IllegalStateException("this projection cannot take " + event.incidentId());
            }
            seen.add(event.incidentId());
        }
    }

    @TestConfiguration
    static class Failing {
        @Bean
        FailingProjection failingProjection() {
            return new FailingProjection();
        }
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    FailingProjection projection;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeadLetterRetry retry;

    @Test
    void aFailingEventIsParkedWithItsIncidentWhileOtherIncidentsGoOn() {
        var poisoned = "dlq-poisoned-" + System.nanoTime();
        var healthy = "dlq-healthy-" + System.nanoTime();
        var report = Reports.report(poisoned);
        commands.sendAndWait(new ReportIncident(
                poisoned,
                report.trackingCode(),
                report.channel(),
                Reports.facts("POISON pill"),
                report.actor(),
                report.reportedAt()));
        commands.sendAndWait(Reports.report(healthy));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(projection.seen).contains(healthy);
            assertThat(jdbc.queryForList(
                            "SELECT sequenceidentifier FROM deadletterentry WHERE processinggroup = 'poisoned'",
                            String.class))
                    .containsExactly(poisoned);
        });
        assertThat(projection.seen).doesNotContain(poisoned);
        var parked = jdbc.queryForObject(
                "SELECT payloadtype FROM deadletterentry WHERE processinggroup = 'poisoned'", String.class);
        assertThat(parked).isEqualTo(IncidentReported.class.getName());

        retry.retryAll();
        assertThat(projection.seen).doesNotContain(poisoned);
        assertThat(parkedIn("poisoned")).isEqualTo(1);

        projection.broken = false;
        retry.retryAll();
        assertThat(projection.seen).contains(poisoned);
        assertThat(parkedIn("poisoned")).isZero();
    }

    private long parkedIn(String group) {
        return jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?", Long.class, group);
    }
}
