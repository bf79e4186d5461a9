package org.sirtdesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class ReportRoundTripIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    static final String REPORT = """
            {"title":"USB stick lost","description":"Lost on the train with 150 residents' records",
             "awareAt":"2026-05-01T09:30:00+09:00","category":"LOSS_OR_THEFT","affectedSystems":["USB-0042"],
             "classification":{"confidentiality":3},
             "personalData":{"involved":"YES","approxPersons":150,"sensitive":false},
             "cyberAttackSuspected":"NO","department":"税務課"}
            """;

    static HttpEntity<String> json(String body, String key) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return new HttpEntity<>(body, headers);
    }

    @SuppressWarnings("rawtypes")
    @Test
    void reportIsRecordedAndReadBackByTheSirt() {
        var created =
                http.withBasicAuth("reporter", "demo").postForEntity("/api/v1/reports", json(REPORT, null), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var incidentId = (String) created.getBody().get("incidentId");
        var trackingCode = (String) created.getBody().get("trackingCode");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/incidents/" + incidentId);

        var detail = http.withBasicAuth("sirt1", "demo").getForEntity("/api/v1/incidents/" + incidentId, Map.class);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody())
                .containsEntry("state", "REPORTED")
                .containsEntry("trackingCode", trackingCode)
                .containsEntry("awareAt", "2026-05-01T00:30:00Z")
                .containsEntry("version", 0);
        var facts = (Map) detail.getBody().get("facts");
        assertThat((Map) facts.get("personalData"))
                .containsEntry("approxPersons", 150)
                .containsEntry("sensitive", "NO");
        assertThat(facts).containsEntry("department", "税務課");

        var own = http.withBasicAuth("reporter", "demo").getForEntity("/api/v1/reports/" + trackingCode, Map.class);
        assertThat(own.getBody())
                .containsEntry("state", "REPORTED")
                .containsOnlyKeys("trackingCode", "state", "receivedAt");
        var other = http.withBasicAuth("reporter2", "demo").getForEntity("/api/v1/reports/" + trackingCode, Map.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @SuppressWarnings("rawtypes")
    @Test
    void aRetriedReportWithTheSameIdempotencyKeyCreatesNothingNew() {
        var first = http.withBasicAuth("reporter", "demo")
                .postForEntity("/api/v1/reports", json(REPORT, "retry-key-0001"), Map.class);
        var again = http.withBasicAuth("reporter", "demo")
                .postForEntity("/api/v1/reports", json(REPORT, "retry-key-0001"), Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        var events = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class,
                first.getBody().get("incidentId"));
        assertThat(events).isEqualTo(1L);
    }

    @SuppressWarnings("rawtypes")
    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        var before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        var answer = http.withBasicAuth("reporter", "demo")
                .postForEntity(
                        "/api/v1/reports",
                        json(
                                "{\"title\":\"\",\"description\":\"x\",\"awareAt\":\"2026-05-01T09:30:00+09:00\","
                                        + "\"severity\":\"LOW\"}",
                                null),
                        Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).containsEntry("code", "UNKNOWN_PROPERTY");

        var blank = http.withBasicAuth("reporter", "demo")
                .postForEntity(
                        "/api/v1/reports",
                        json("{\"title\":\" \",\"description\":\"x\",\"awareAt\":\"2026-05-01T09:30:00+09:00\"}", null),
                        Map.class);
        assertThat(blank.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat(blank.getBody().get("errors").toString()).contains("field=title");

        var wrongEnum = http.withBasicAuth("reporter", "demo")
                .postForEntity(
                        "/api/v1/reports",
                        json(
                                "{\"title\":\"t\",\"description\":\"x\",\"awareAt\":\"2026-05-01T09:30:00+09:00\","
                                        + "\"category\":\"ALIENS\"}",
                                null),
                        Map.class);
        assertThat(wrongEnum.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrongEnum.getBody().get("errors").toString()).contains("field=category");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                .isEqualTo(before);
    }

    @Test
    void healthAndMetricsNeedNoLoginButEverythingElseDoes() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/v1/incidents/x", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("reporter", "demo")
                        .exchange("/api/v1/incidents/x", HttpMethod.GET, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("reporter", "wrong")
                        .exchange("/api/v1/reports/R-0000", HttpMethod.GET, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
