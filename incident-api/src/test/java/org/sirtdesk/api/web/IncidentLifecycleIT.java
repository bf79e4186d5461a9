package org.sirtdesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Story (c) of the workflow over HTTP: ransomware at the agency, CRITICAL, ministry, police and
 * CYMAT, containment on two systems and a check of a third, closed only after every item.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentLifecycleIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings({"rawtypes", "unchecked"})
    private ResponseEntity<Map> post(String user, String path, String body, String ifMatch) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    @SuppressWarnings("rawtypes")
    private Map ok(String user, String path, String body) {
        var answer = post(user, path, body, null);
        assertThat(answer.getStatusCode())
                .as(user + " " + path + " → " + answer.getBody())
                .isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private List<String> payloads(String incidentId, String type) {
        return jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?"
                        + " AND payloadtype LIKE ? ORDER BY sequencenumber",
                String.class,
                incidentId,
                "%." + type);
    }

    @SuppressWarnings("rawtypes")
    @Test
    void ransomwareAtTheAgencyIsClosedOnlyAfterEveryItem() {
        var created = post("reporter", "/api/v1/reports", """
                {"title":"Ransomware","description":"Files on the file server are encrypted; a ransom note is shown",
                 "awareAt":"2026-05-01T09:30:00+09:00","category":"MALWARE","affectedSystems":["file-server","mail"],
                 "classification":{"confidentiality":3,"integrity":2,"availability":2},
                 "personalData":{"involved":"UNKNOWN"},"cyberAttackSuspected":"YES","department":"Systems"}
                """, null);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var id = (String) created.getBody().get("incidentId");
        var base = "/api/v1/incidents/" + id;

        var triaged = ok("sirt1", base + "/triage", "{\"note\":\"called the reporter\"}");
        assertThat(((Number) triaged.get("version")).longValue()).isEqualTo(1L);

        var stale = post(
                "lead1",
                base + "/assessment",
                "{\"decision\":\"INCIDENT\",\"reason\":\"x\",\"severity\":\"LOW\"}",
                "\"0\"");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody()).containsEntry("code", "CONCURRENT_MODIFICATION");

        var notSirt = post("officer1", base + "/assessment", "{\"decision\":\"INCIDENT\",\"reason\":\"x\"}", null);
        assertThat(notSirt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ok(
                "lead1",
                base + "/assessment",
                "{\"decision\":\"INCIDENT\",\"reason\":\"ransom note on two servers\",\"severity\":\"CRITICAL\"}");
        ok("lead1", base + "/cymat-request", "{\"reason\":\"need forensic help\"}");
        assertThat(payloads(id, "ObligationRaised"))
                .anyMatch(p -> p.contains("\"SUPERVISING_MINISTRY\""))
                .anyMatch(p -> p.contains("\"POLICE\""))
                .anyMatch(p -> p.contains("\"CYMAT\""))
                .anyMatch(p -> p.contains("\"CISO_REPORT\""));

        ok("lead1", base + "/ciso-report", "{\"summary\":\"CRITICAL ransomware, containment under way\"}");
        ok("ciso", base + "/ciso-acknowledgement", "{\"comment\":\"proceed\"}");
        var sent = """
                {"sentAt":"2026-05-01T11:00:00+09:00","channel":"PHONE","reference":"REF-%s","summary":"first report"}
                """;
        for (var kind : List.of("SUPERVISING_MINISTRY", "POLICE", "CYMAT")) {
            ok("sirt1", base + "/notifications/" + id + ":" + kind + "/sent", sent.formatted(kind));
        }
        var again = post("sirt1", base + "/notifications/" + id + ":POLICE/sent", sent.formatted("POLICE"), null);
        assertThat(again.getStatusCode()).as("a double-click on sent").isEqualTo(HttpStatus.OK);

        var containment1 = (String) ok(
                        "sirt1",
                        base + "/instructions",
                        "{\"kind\":\"CONTAINMENT\",\"officer\":\"officer1\",\"system\":\"file-server\",\"text\":\"isolate\"}")
                .get("instructionId");
        var containment2 = (String) ok(
                        "sirt1",
                        base + "/instructions",
                        "{\"kind\":\"CONTAINMENT\",\"officer\":\"officer2\",\"system\":\"mail\",\"text\":\"isolate\"}")
                .get("instructionId");
        var check = (String) ok(
                        "sirt1",
                        base + "/instructions",
                        "{\"kind\":\"CHECK_OTHER_SYSTEM\",\"officer\":\"officer2\",\"system\":\"payroll\",\"text\":\"check\"}")
                .get("instructionId");
        var notAddressee = post("officer1", base + "/instructions/" + containment2 + "/acknowledgement", "{}", null);
        assertThat(notAddressee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notAddressee.getBody()).containsEntry("code", "NOT_ADDRESSEE");
        ok("officer1", base + "/instructions/" + containment1 + "/acknowledgement", "{}");
        ok("officer1", base + "/instructions/" + containment1 + "/completion", "{\"result\":\"isolated\"}");
        ok("officer2", base + "/instructions/" + containment2 + "/acknowledgement", "{}");
        ok("officer2", base + "/instructions/" + containment2 + "/completion", "{\"result\":\"isolated\"}");

        var blocked = post("lead1", base + "/closure", "{\"summary\":\"done?\"}", null);
        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(blocked.getBody()).containsEntry("code", "CLOSURE_BLOCKED");
        assertThat(blocked.getBody().get("errors").toString())
                .contains("instructions[" + check + "]")
                .contains("recovery")
                .contains("recurrenceReport")
                .contains("lessons");

        ok("officer2", base + "/instructions/" + check + "/acknowledgement", "{}");
        ok("officer2", base + "/instructions/" + check + "/completion", "{\"result\":\"payroll clean\"}");
        ok("lead1", base + "/recovery", "{\"summary\":\"restored from backup\"}");
        ok(
                "officer1",
                base + "/recurrence-report",
                "{\"cause\":\"unpatched VPN\",\"measures\":[{\"text\":\"patch VPN\"},{\"text\":\"MFA\",\"officer\":\"officer2\"}]}");
        ok("ciso", base + "/recurrence-report/review", "{\"decision\":\"APPROVE\",\"comment\":\"good\"}");
        var ordered = payloads(id, "MeasuresOrdered");
        assertThat(ordered).hasSize(1);
        var measureIds = java.util.regex.Pattern.compile("\"measureId\":\"([^\"]+)\"")
                .matcher(ordered.get(0))
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(measureIds).hasSize(2);
        ok("officer1", base + "/measures/" + measureIds.get(0) + "/completion", "{\"result\":\"patched\"}");
        ok("officer2", base + "/measures/" + measureIds.get(1) + "/completion", "{\"result\":\"MFA on\"}");
        ok("lead1", base + "/lessons", "{\"summary\":\"patch faster\",\"sharedWith\":[\"all departments\"]}");
        ok("lead1", base + "/notes", "{\"text\":\"closing soon\"}");
        ok("lead1", base + "/closure", "{\"summary\":\"all items done\"}");
        var closed = ok("ciso", base + "/closure-decision", "{\"approve\":true,\"comment\":\"closed\"}");
        assertThat(payloads(id, "ClosureApproved")).hasSize(1);
        assertThat(((Number) closed.get("version")).longValue())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                        Long.class,
                        id));
    }

    @Test
    void aCommandOnAnUnknownIncidentIsNotFoundAndBadBodiesNameTheField() {
        var unknown = post("sirt1", "/api/v1/incidents/no-such-incident/triage", "{}", null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var badEnum =
                post("lead1", "/api/v1/incidents/x-1/assessment", "{\"decision\":\"MAYBE\",\"reason\":\"r\"}", null);
        assertThat(badEnum.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badEnum.getBody().get("errors").toString()).contains("field=decision");
        var badIfMatch = post("sirt1", "/api/v1/incidents/x-1/triage", "{}", "\"abc\"");
        assertThat(badIfMatch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
