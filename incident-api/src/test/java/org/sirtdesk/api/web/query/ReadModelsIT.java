package org.sirtdesk.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read models of SPEC §5 on PostgreSQL, fed by real commands and read over HTTP: detail (now and
 * as of a time), list and search, timeline, deadline board and the compliance export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class ReadModelsIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    static final String ID = "inc-read-1";
    static final String OTHER = "inc-read-2";
    static final Instant T0 = Instant.parse("2026-05-01T00:40:00Z");
    static final Actor SIRT = Actor.of("sirt1", Role.SIRT);
    static final Actor LEAD = Actor.of("lead1", Role.SIRT_LEAD);

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    String sentObligation;

    static ReportFacts facts(String title, Category category, String department, PersonalData personalData) {
        return new ReportFacts(
                title,
                "職員が不審なメールの添付ファイルを開いた",
                T0.minus(Duration.ofMinutes(10)),
                category,
                List.of("mail"),
                new Classification(2, 1, 1),
                personalData,
                TriState.NO,
                department);
    }

    @BeforeAll
    void anIncidentWorkedThroughTriageAssessmentCisoReportNotificationAndInstruction() {
        commands.sendAndWait(new ReportIncident(
                ID,
                "TRK-READ-1",
                ReportChannel.API,
                facts(
                        "標的型メールの受信",
                        Category.PHISHING,
                        "総務課",
                        new PersonalData(TriState.YES, 150, TriState.NO, TriState.NO, null, null, null, null)),
                Actor.of("reporter", Role.REPORTER),
                T0));
        commands.sendAndWait(new ReportIncident(
                OTHER,
                "TRK-READ-2",
                ReportChannel.API,
                facts("USB stick lost", Category.LOSS_OR_THEFT, "税務課", PersonalData.none()),
                Actor.of("reporter", Role.REPORTER),
                T0.plusSeconds(60)));
        commands.sendAndWait(new StartTriage(ID, null, SIRT, T0.plus(Duration.ofMinutes(15)), "looking"));
        commands.sendAndWait(new AssessIncident(
                ID,
                null,
                LEAD,
                T0.plus(Duration.ofHours(1)),
                AssessmentDecision.INCIDENT,
                "confirmed",
                Severity.HIGH,
                null));
        commands.sendAndWait(new ReportToCiso(ID, null, LEAD, T0.plus(Duration.ofMinutes(70)), "confirmed"));
        var obligations = awaitDetail(4).get("obligations");
        sentObligation = ((List<Map>) obligations)
                .stream()
                        .filter(o -> "OPEN".equals(o.get("status")))
                        .filter(o -> !List.of(
                                        "CISO_REPORT", "PPC_PRELIMINARY", "PPC_FINAL", "INDIVIDUALS", "PRIVACY_OFFICER")
                                .contains(o.get("kind")))
                        .map(o -> (String) o.get("obligationId"))
                        .findFirst()
                        .orElseThrow();
        var sentAt = T0.plus(Duration.ofHours(2));
        commands.sendAndWait(new RecordNotificationSent(
                ID, null, SIRT, sentAt, sentObligation, sentAt, NotificationChannel.EMAIL, "=REF-1", "知らせた", null));
        commands.sendAndWait(new IssueInstruction(
                ID,
                null,
                LEAD,
                T0.plus(Duration.ofHours(3)),
                "ins-1",
                InstructionKind.CONTAINMENT,
                "officer1",
                "mail",
                "isolate the PC",
                null));
        var last = lastSequence(ID);
        awaitDetail(last);
        await().atMost(Duration.ofSeconds(30)).until(() -> timelineSize(ID) == last + 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM obligation_record WHERE obligation_id = ? AND sent_at IS NOT NULL",
                                Long.class,
                                sentObligation)
                        == 1L);
    }

    long lastSequence(String incidentId) {
        return jdbc.queryForObject(
                "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class,
                incidentId);
    }

    long timelineSize(String incidentId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM incident_timeline WHERE incident_id = ?", Long.class, incidentId);
    }

    Map awaitDetail(long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = http.withBasicAuth("sirt1", "demo").getForEntity("/api/v1/incidents/" + ID, Map.class);
            return answer.getStatusCode() == HttpStatus.OK
                    && ((Number) answer.getBody().get("version")).longValue() >= version;
        });
        return http.withBasicAuth("sirt1", "demo").getForObject("/api/v1/incidents/" + ID, Map.class);
    }

    @Test
    void detailShowsStateObligationsWithDeadlineStatusInstructionsAndTheVersionAsETag() {
        var answer = http.withBasicAuth("ciso", "demo").getForEntity("/api/v1/incidents/" + ID, Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"" + lastSequence(ID) + "\"");
        var detail = answer.getBody();
        assertThat(detail)
                .containsEntry("state", "RESPONDING")
                .containsEntry("severity", "HIGH")
                .containsEntry("trackingCode", "TRK-READ-1")
                .containsEntry("title", "標的型メールの受信");
        var sent = ((List<Map>) detail.get("obligations"))
                .stream()
                        .filter(o -> sentObligation.equals(o.get("obligationId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(sent).containsEntry("status", "SENT").containsEntry("sentAt", "2026-05-01T02:40:00Z");
        assertThat(sent.get("deadlineStatus")).isIn("MET", "MET_LATE");
        assertThat((List<Map>) detail.get("instructions"))
                .singleElement()
                .satisfies(i -> assertThat(i)
                        .containsEntry("instructionId", "ins-1")
                        .containsEntry("officer", "officer1")
                        .containsEntry("status", "OPEN"));
    }

    @Test
    void detailAsOfATimeShowsWhatWasKnownThen() {
        var answer = http.withBasicAuth("sirt1", "demo")
                .getForEntity("/api/v1/incidents/" + ID + "?asOf=2026-05-01T09:70:00Z", Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("errors").toString()).contains("field=asOf");

        var triage = http.withBasicAuth("sirt1", "demo")
                .getForObject("/api/v1/incidents/" + ID + "?asOf=2026-05-01T01:00:00Z", Map.class);
        assertThat(triage).containsEntry("state", "TRIAGE").containsEntry("version", 1);
        assertThat((List) triage.get("obligations")).isEmpty();

        var beforeReport = http.withBasicAuth("sirt1", "demo")
                .getForEntity("/api/v1/incidents/" + ID + "?asOf=2026-05-01T00:30:00Z", Map.class);
        assertThat(beforeReport.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOfficerReadsOnlyTheIncidentsThatNameThem() {
        assertThat(http.withBasicAuth("officer1", "demo")
                        .getForEntity("/api/v1/incidents/" + ID, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("officer1", "demo")
                        .getForEntity("/api/v1/incidents/" + ID + "/timeline", List.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("officer2", "demo")
                        .getForEntity("/api/v1/incidents/" + ID, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("officer1", "demo")
                        .getForEntity("/api/v1/incidents/" + OTHER, Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listFiltersSearchesJapaneseTextAndValidatesParameters() {
        var all = http.withBasicAuth("auditor", "demo").getForObject("/api/v1/incidents", Map.class);
        assertThat(((List<Map>) all.get("items")).stream().map(i -> i.get("incidentId")))
                .containsExactly(OTHER, ID);

        var byText = http.withBasicAuth("sirt1", "demo").getForObject("/api/v1/incidents?q=メール", Map.class);
        assertThat(((List<Map>) byText.get("items")).stream().map(i -> i.get("incidentId")))
                .containsExactly(OTHER, ID);
        var byJapaneseTitle = http.withBasicAuth("sirt1", "demo").getForObject("/api/v1/incidents?q=標的型", Map.class);
        assertThat(((List<Map>) byJapaneseTitle.get("items")).stream().map(i -> i.get("incidentId")))
                .containsExactly(ID);
        var byTitle = http.withBasicAuth("sirt1", "demo").getForObject("/api/v1/incidents?q=usb", Map.class);
        assertThat(((List<Map>) byTitle.get("items")).stream().map(i -> i.get("incidentId")))
                .containsExactly(OTHER);

        var filtered = http.withBasicAuth("sirt1", "demo")
                .getForObject(
                        "/api/v1/incidents?state=RESPONDING&severity=HIGH&category=PHISHING&department=総務課"
                                + "&from=2026-05-01T00:00:00Z&to=2026-05-02T00:00:00Z&size=5",
                        Map.class);
        assertThat(filtered).containsEntry("total", 1).containsEntry("size", 5);
        assertThat(http.withBasicAuth("sirt1", "demo")
                        .getForObject("/api/v1/incidents?state=CLOSED", Map.class)
                        .get("total"))
                .isEqualTo(0);

        var bad = http.withBasicAuth("sirt1", "demo").getForEntity("/api/v1/incidents?severity=HUGE", Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(bad.getBody().get("errors").toString()).contains("field=severity");
        var tooBig = http.withBasicAuth("sirt1", "demo").getForEntity("/api/v1/incidents?size=1000", Map.class);
        assertThat(tooBig.getBody().get("errors").toString()).contains("field=size");
    }

    @Test
    void timelineListsEveryEventInOrderWithActorAndRole() {
        var entries = (List<Map>)
                http.withBasicAuth("sirt1", "demo").getForObject("/api/v1/incidents/" + ID + "/timeline", List.class);
        assertThat(entries).hasSize((int) lastSequence(ID) + 1);
        assertThat(entries.get(0))
                .containsEntry("type", "IncidentReported")
                .containsEntry("actor", "reporter")
                .containsEntry("role", "REPORTER");
        assertThat(entries.get(1)).containsEntry("type", "TriageStarted").containsEntry("role", "SIRT");
        assertThat(entries.stream().map(e -> e.get("type")))
                .contains("IncidentConfirmed", "ObligationRaised", "NotificationSent", "InstructionIssued");
        assertThat(http.withBasicAuth("sirt1", "demo")
                        .getForEntity("/api/v1/incidents/nope/timeline", Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void deadlineBoardShowsOpenObligationsSoonestFirstAndSettledOnesWhenAsked() {
        var open = (List<Map>) http.withBasicAuth("compliance", "demo").getForObject("/api/v1/deadlines", List.class);
        assertThat(open)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("status")).isIn("PENDING", "DUE_SOON", "OVERDUE"));
        assertThat(open).noneSatisfy(e -> assertThat(e.get("obligationId")).isEqualTo(sentObligation));
        var dues =
                open.stream().map(e -> Instant.parse((String) e.get("dueAt"))).toList();
        assertThat(dues).isSorted();

        var met = (List<Map>)
                http.withBasicAuth("sirt1", "demo").getForObject("/api/v1/deadlines?status=MET,MET_LATE", List.class);
        assertThat(met.stream().map(e -> e.get("obligationId"))).contains(sentObligation);
        assertThat(met).allSatisfy(e -> assertThat(e.get("status")).isIn("MET", "MET_LATE"));

        var bad = http.withBasicAuth("sirt1", "demo").getForEntity("/api/v1/deadlines?status=LATE", Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(bad.getBody().get("errors").toString()).contains("field=status");
    }

    @Test
    void exportStreamsNotificationRecordsAsCsvWithBomAndAsJson() {
        var csv = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/v1/exports/notifications?from=2026-05-01T00:00:00Z", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        var bytes = csv.getBody();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("incidentId,trackingCode,obligationId,kind,recipient,basis");
        var line = java.util.Arrays.stream(lines)
                .filter(l -> l.contains(sentObligation))
                .findFirst()
                .orElseThrow();
        assertThat(line)
                .startsWith(ID + ",TRK-READ-1," + sentObligation)
                .contains("2026-05-01T02:40:00Z", "EMAIL", "\"'=REF-1\"", "sirt1", "知らせた");

        var json = (List<Map>) http.withBasicAuth("auditor", "demo")
                .getForObject("/api/v1/exports/notifications?format=json", List.class);
        assertThat(json).hasSize(lines.length - 1);
        assertThat(json.stream().filter(r -> sentObligation.equals(r.get("obligationId"))))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("obligationId", sentObligation)
                        .containsEntry("reference", "=REF-1")
                        .containsEntry("channel", "EMAIL"));

        var empty = http.withBasicAuth("auditor", "demo")
                .getForObject("/api/v1/exports/notifications?format=json&to=2026-05-01T00:00:00Z", List.class);
        assertThat(empty).isEmpty();
        var bad = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/v1/exports/notifications?format=xlsx", Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void ppcReportDraftHasTheNineItemsFromTheFacts() {
        var items = (List<Map>) http.withBasicAuth("privacy", "demo")
                .getForObject("/api/v1/incidents/" + ID + "/ppc-report", List.class);
        assertThat(items).extracting(i -> i.get("item")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(items.get(2)).containsEntry("value", "150名").containsEntry("known", true);
        assertThat(items.get(3)).containsEntry("known", false);
        assertThat(http.withBasicAuth("privacy", "demo")
                        .getForEntity("/api/v1/incidents/nope/ppc-report", Map.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void statisticsCountAndTimeTheIncidentsOfThePeriod() {
        var stats = http.withBasicAuth("ciso", "demo")
                .getForObject("/api/v1/statistics?from=2026-05-01T00:00:00Z&to=2026-06-01T00:00:00Z", Map.class);
        assertThat(stats).containsEntry("incidents", 2);
        assertThat((Map) stats.get("byCategory")).containsEntry("PHISHING", 1).containsEntry("LOSS_OR_THEFT", 1);
        assertThat((Map) stats.get("bySeverity")).containsEntry("HIGH", 1).containsEntry("UNASSESSED", 1);
        assertThat((Map) stats.get("byMonth")).containsEntry("2026-05", 2);
        assertThat((Map) stats.get("timeToTriage")).containsEntry("count", 1).containsEntry("median", "PT15M");
        assertThat((Map) stats.get("timeToCisoReport")).containsEntry("median", "PT10M");
        assertThat((List<Map>) stats.get("onTimeByRecipient"))
                .allSatisfy(r -> assertThat(r).containsEntry("ratio", 1.0));
        var bad = http.withBasicAuth("ciso", "demo")
                .getForEntity("/api/v1/statistics?from=2026-06-01T00:00:00Z&to=2026-05-01T00:00:00Z", Map.class);
        assertThat(bad.getBody().get("errors").toString()).contains("field=to");
    }

    @Test
    void eachProjectionReportsItsLag() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var metrics = http.getForObject("/actuator/prometheus", String.class);
            assertThat(metrics)
                    .contains("sirtdesk_projection_lag_events{")
                    .contains("processor=\"read-models\"")
                    .contains("processor=\"deadline-watch\"")
                    .contains("processor=\"deadline-alerts\"");
        });
    }
}
