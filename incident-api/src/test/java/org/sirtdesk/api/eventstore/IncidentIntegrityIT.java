package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.eventstore.IntegrityReport.Reason;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.AddNote;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The hash chain on PostgreSQL: written with every append, and every kind of tampering named at its link. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentIntegrityIT {

    private static final Actor SIRT = Actor.of("sirt1", Role.SIRT);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    IncidentChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStorageEngine engine;

    @Autowired
    TransactionTemplate transactions;

    /** Reports an incident, starts triage and adds two notes: four events, sequences 0 to 3. */
    private String anIncidentWithFourEvents(String prefix) {
        var id = prefix + "-" + System.nanoTime();
        commands.sendAndWait(Reports.report(id));
        commands.sendAndWait(new StartTriage(id, null, SIRT, Reports.AWARE.plusSeconds(900), "looking into it"));
        for (int n = 1; n <= 2; n++) {
            commands.sendAndWait(
                    new AddNote(id, null, SIRT, Reports.AWARE.plusSeconds(900 + n), "n-" + n, "note " + n));
        }
        assertThat(eventsOf(id)).isEqualTo(4);
        return id;
    }

    @SuppressWarnings("rawtypes")
    @Test
    void anUntouchedIncidentIsVerifiedForAuditorsAndCompliance() {
        var id = anIncidentWithFourEvents("intact");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_chain WHERE aggregate_identifier = ?", Long.class, id))
                .isEqualTo(4);
        for (var user : new String[] {"auditor", "compliance"}) {
            var response =
                    http.withBasicAuth(user, "demo").getForEntity("/api/v1/incidents/" + id + "/integrity", Map.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody())
                    .containsEntry("incidentId", id)
                    .containsEntry("verified", true)
                    .containsEntry("events", 4)
                    .doesNotContainKey("firstBrokenLink");
            assertThat((String) response.getBody().get("headHash")).isEqualTo(headLinkOf(id));
        }
    }

    @Test
    void anUnknownIncidentIsNotFoundAsProblemJson() {
        var response = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/v1/incidents/no-such-incident/integrity", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void aChangedPayloadByteIsNamedAtItsEvent() {
        var id = anIncidentWithFourEvents("payload");
        var tampered = eventIdentifierAt(id, 1);
        var payload = jdbc.queryForObject(
                "SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1",
                byte[].class,
                id);
        payload[payload.length / 2] ^= 1;
        jdbc.update(
                "UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ? AND sequencenumber = 1",
                payload,
                id);
        assertBroken(id, 1, Reason.EVENT_CHANGED, tampered);
    }

    @Test
    void aDeletedEventRowIsNamedAtItsLink() {
        var id = anIncidentWithFourEvents("deleted");
        var tampered = eventIdentifierAt(id, 2);
        jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2", id);
        assertBroken(id, 2, Reason.EVENT_MISSING, tampered);
    }

    @Test
    void aChangedChainHashIsNamedAtItsLink() {
        var id = anIncidentWithFourEvents("hash");
        var tampered = eventIdentifierAt(id, 1);
        jdbc.update(
                "UPDATE event_chain SET hash = ? WHERE aggregate_identifier = ? AND sequence_number = 1",
                "0123456789abcdef".repeat(4),
                id);
        assertBroken(id, 1, Reason.LINK_CHANGED, tampered);
    }

    @Test
    void aDeletedLinkIsNamedAtItsEvent() {
        var id = anIncidentWithFourEvents("unlinked");
        var tampered = eventIdentifierAt(id, 3);
        jdbc.update("DELETE FROM event_chain WHERE aggregate_identifier = ? AND sequence_number = 3", id);
        assertBroken(id, 3, Reason.LINK_MISSING, tampered);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    @Test
    void theFirstBrokenLinkIsReportedOverHttp() {
        var id = anIncidentWithFourEvents("http");
        var tampered = eventIdentifierAt(id, 0);
        jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0", id);
        var response =
                http.withBasicAuth("auditor", "demo").getForEntity("/api/v1/incidents/" + id + "/integrity", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("verified", false).containsEntry("events", 3);
        assertThat((Map<String, Object>) response.getBody().get("firstBrokenLink"))
                .containsEntry("sequenceNumber", 0)
                .containsEntry("reason", "EVENT_MISSING")
                .containsEntry("eventIdentifier", tampered);
    }

    @Test
    void concurrentAppendsOnDifferentIncidentsEachKeepAValidChain() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int t = 0; t < 4; t++) {
                var prefix = "parallel" + t;
                futures.add(pool.submit((Callable<String>) () -> anIncidentWithFourEvents(prefix)));
            }
            for (var future : futures) {
                var id = future.get(60, TimeUnit.SECONDS);
                var report = verifier.verify(id).orElseThrow();
                assertThat(report.verified()).as(id).isTrue();
                assertThat(report.events()).isEqualTo(4);
                assertThat(report.headHash()).isEqualTo(headLinkOf(id));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRejectedAppendLeavesNeitherEventNorLinkBehind() {
        var id = anIncidentWithFourEvents("rejected");
        var failure = catchThrowable(() -> transactions.executeWithoutResult(status -> engine.appendEvents(
                new GenericDomainEventMessage<>("Incident", id, 4, "fifth"),
                new GenericDomainEventMessage<>("Incident", id, 3, "conflicts with the fourth"))));
        assertThat(failure).isInstanceOf(ConcurrencyException.class);
        var report = verifier.verify(id).orElseThrow();
        assertThat(report.verified()).isTrue();
        assertThat(report.events()).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_chain WHERE aggregate_identifier = ?", Long.class, id))
                .isEqualTo(4);
    }

    private void assertBroken(String id, long sequence, Reason reason, String eventIdentifier) {
        var report = verifier.verify(id).orElseThrow();
        assertThat(report.verified()).isFalse();
        assertThat(report.firstBrokenLink().sequenceNumber()).isEqualTo(sequence);
        assertThat(report.firstBrokenLink().reason()).isEqualTo(reason);
        assertThat(report.firstBrokenLink().eventIdentifier()).isEqualTo(eventIdentifier);
    }

    private String eventIdentifierAt(String id, long sequence) {
        return jdbc.queryForObject(
                "SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
                String.class,
                id,
                sequence);
    }

    private String headLinkOf(String id) {
        return jdbc.queryForObject(
                "SELECT hash FROM event_chain WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1",
                String.class,
                id);
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, id);
    }
}
