package org.sirtdesk.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;
import org.sirtdesk.projections.processing.ReadModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every projection rebuilt from the event store gives exactly the tables the live processing gave:
 * through Axon's reset (reset handlers, replay event by event) and through the operators' rebuild
 * (tokens forgotten, bulk replay).
 */
@SpringBootTest
class ProjectionRebuildIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    static final Actor LEAD = Actor.of("lead1", Role.SIRT_LEAD);

    static final Map<String, String> TABLES = Map.of(
            "incident_summary", "SELECT * FROM incident_summary ORDER BY incident_id",
            "incident_timeline", "SELECT * FROM incident_timeline ORDER BY incident_id, seq",
            "obligation_record", "SELECT * FROM obligation_record ORDER BY obligation_id",
            "deadline_incident", "SELECT * FROM deadline_incident ORDER BY incident_id");

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    @Test
    void rebuildingEveryProjectionFromTheEventStoreGivesTheLiveTables() {
        var live = workIncidents("inc-rebuild-");

        var processor = readModels();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(snapshot()).isEqualTo(live));
    }

    /**
     * The operators' rebuild (operations.md): tables emptied and tokens forgotten in one transaction,
     * then a start. The processor's initial position comes from the bulk replay, which fills the same
     * tables the live processing did.
     */
    @Test
    void forgettingTheTokensRebuildsTheTablesInBulk() {
        var live = workIncidents("inc-bulk-");
        long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        double replayedBefore = replayed();

        var processor = readModels();
        processor.shutDown();
        transactions.executeWithoutResult(status -> {
            jdbc.update("TRUNCATE incident_summary, incident_timeline, obligation_record, deadline_incident");
            jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", ReadModels.PROCESSING_GROUP);
        });
        processor.start();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(snapshot()).isEqualTo(live));
        assertThat(replayed() - replayedBefore).isGreaterThanOrEqualTo(stored);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL AND last_analyze IS NOT NULL",
                                String.class))
                        .containsAll(ReadModels.TABLES));
    }

    double replayed() {
        var counter = meters.find("sirtdesk.projection.replayed")
                .tag("processor", ReadModels.PROCESSING_GROUP)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    StreamingEventProcessor readModels() {
        return processing
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    /** Three incidents worked up to an instruction; returns the tables once the processor has them. */
    Map<String, List<Map<String, Object>>> workIncidents(String prefix) {
        for (int n = 1; n <= 3; n++) {
            var id = prefix + n;
            commands.sendAndWait(new ReportIncident(
                    id,
                    prefix.toUpperCase() + "TRK-" + n,
                    ReportChannel.API,
                    new ReportFacts(
                            "不正アクセス " + n,
                            "ログに不審な記録",
                            T0,
                            Category.UNAUTHORISED_ACCESS,
                            List.of("web"),
                            new Classification(2, 1, 1),
                            new PersonalData(TriState.YES, 10 * n, null, null, null, null, null, null),
                            TriState.YES,
                            "情報政策課"),
                    Actor.of("reporter", Role.REPORTER),
                    T0.plusSeconds(n)));
            commands.sendAndWait(
                    new StartTriage(id, null, Actor.of("sirt1", Role.SIRT), T0.plus(Duration.ofMinutes(5)), null));
            commands.sendAndWait(new AssessIncident(
                    id,
                    null,
                    LEAD,
                    T0.plus(Duration.ofMinutes(30)),
                    AssessmentDecision.INCIDENT,
                    "confirmed",
                    Severity.values()[n],
                    null));
            commands.sendAndWait(new ReportToCiso(id, null, LEAD, T0.plus(Duration.ofMinutes(40)), "report"));
            commands.sendAndWait(new IssueInstruction(
                    id,
                    null,
                    LEAD,
                    T0.plus(Duration.ofHours(1)),
                    "ins-" + n,
                    InstructionKind.CONTAINMENT,
                    "officer1",
                    "web",
                    "block",
                    null));
        }
        long events = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ?", Long.class, prefix + "%");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM incident_timeline WHERE incident_id LIKE ?",
                                Long.class,
                                prefix + "%")
                        == events);
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(prefix, events));
        var live = snapshot();
        assertThat(live.get("incident_timeline")).isNotEmpty();
        assertThat(live.get("obligation_record")).isNotEmpty();
        return live;
    }

    boolean caughtUp(String prefix, long events) {
        var applied = jdbc.queryForObject(
                "SELECT sum(version + 1) FROM incident_summary WHERE incident_id LIKE ?", Long.class, prefix + "%");
        var raised = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%ObligationRaised'", Long.class);
        var obligations = jdbc.queryForObject("SELECT count(*) FROM obligation_record", Long.class);
        return applied != null && applied == events && obligations.equals(raised);
    }

    Map<String, List<Map<String, Object>>> snapshot() {
        var result = new java.util.TreeMap<String, List<Map<String, Object>>>();
        TABLES.forEach((table, query) -> result.put(table, jdbc.queryForList(query)));
        return result;
    }
}
