package org.sirtdesk.api.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A due time that passes unmet gives exactly one DeadlineMissed event and one metric increment, even
 * when two instances run the watch at the same moment and when it runs again later.
 */
@SpringBootTest(
        properties = {
            "sirtdesk.deadline-watch.enabled=true",
            "sirtdesk.deadline-watch.interval=PT1H",
            "sirtdesk.deadline-watch.initial-delay=PT1H"
        })
class DeadlineWatchIT {

    static final Instant CONFIRMED = Instant.parse("2026-05-01T02:00:00Z");
    static final AtomicReference<Instant> NOW = new AtomicReference<>(CONFIRMED);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("UTC");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPassedDueTimeIsRecordedOnceAcrossInstancesAndRuns() throws Exception {
        var id = "watch-1";
        var lead = Actor.of("lead1", Role.SIRT_LEAD);
        commands.sendAndWait(Reports.report(id));
        commands.sendAndWait(
                new StartTriage(id, null, Actor.of("sirt1", Role.SIRT), CONFIRMED.minusSeconds(600), null));
        commands.sendAndWait(new AssessIncident(
                id, null, lead, CONFIRMED, AssessmentDecision.INCIDENT, "confirmed", Severity.MEDIUM, null));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM deadline_watch WHERE incident_id = ?", Long.class, id)
                                >= 2);

        NOW.set(CONFIRMED.plus(Duration.ofMinutes(30)));
        assertThat(watch.run())
                .as("nothing is due 30 minutes after confirmation")
                .isZero();

        // The CISO report was due an hour after confirmation; two instances look at the same moment.
        NOW.set(CONFIRMED.plus(Duration.ofMinutes(61)));
        var first = CompletableFuture.supplyAsync(watch::run);
        var second = CompletableFuture.supplyAsync(watch::run);
        first.get();
        second.get();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(missed(id, "CISO_REPORT")).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(watch.run()).isZero());

        // A day later the ministry is overdue too; the CISO report is not recorded again.
        NOW.set(CONFIRMED.plus(Duration.ofHours(25)));
        watch.run();
        watch.run();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(missed(id, "SUPERVISING_MINISTRY")).isEqualTo(1);
            assertThat(missed(id, "CISO_REPORT")).isEqualTo(1);
            assertThat(meters.find("sirtdesk.deadlines.missed")
                            .tag("kind", "CISO_REPORT")
                            .counter()
                            .count())
                    .isEqualTo(1.0);
            assertThat(meters.find("sirtdesk.deadlines.missed")
                            .tag("kind", "SUPERVISING_MINISTRY")
                            .counter()
                            .count())
                    .isEqualTo(1.0);
        });
    }

    private long missed(String incidentId, String kind) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?"
                        + " AND convert_from(payload, 'UTF8') LIKE ?",
                Long.class,
                incidentId,
                "%.DeadlineMissed",
                "%\"kind\":\"" + kind + "\"%");
    }
}
