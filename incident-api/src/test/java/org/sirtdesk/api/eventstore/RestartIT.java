package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sirtdesk.api.SirtDeskApplication;
import org.sirtdesk.api.support.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/** Data survives a restart, on the embedded default database and on PostgreSQL. */
class RestartIT {

    private static final String REPORT = """
            {"title":"Ransom note on the file server","description":"Files renamed to .locked",
             "awareAt":"2026-05-01T09:30:00+09:00","category":"MALWARE","cyberAttackSuspected":"YES"}
            """;

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDefaultKeepsReportsAcrossARestart() {
        var args = new String[] {"--server.port=0", "--sirtdesk.data-dir=" + dataDir};
        assertSurvivesRestart(args);
        assertThat(Files.exists(dataDir.resolve("sirtdesk.mv.db"))).isTrue();
    }

    @Test
    void postgresKeepsReportsAndProjectionPositionAcrossARestart() {
        var url = TestPostgres.newDatabase();
        assertSurvivesRestart(new String[] {
            "--server.port=0",
            "--spring.profiles.active=postgres",
            "--sirtdesk.security.mode=demo",
            "--server.address=127.0.0.1",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + parameter(url, "user"),
            "--spring.datasource.password=" + parameter(url, "password")
        });
    }

    @SuppressWarnings("unchecked")
    private void assertSurvivesRestart(String[] args) {
        String incidentId;
        try (var app = start(args)) {
            var created = client(app, "reporter")
                    .post()
                    .uri("/api/v1/reports")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(REPORT)
                    .retrieve()
                    .body(Map.class);
            incidentId = (String) created.get("incidentId");
        }
        try (var app = start(args)) {
            var detail = client(app, "sirt1")
                    .get()
                    .uri("/api/v1/incidents/{id}", incidentId)
                    .retrieve()
                    .body(Map.class);
            assertThat(detail).containsEntry("incidentId", incidentId).containsEntry("state", "REPORTED");
            var jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_summary", Long.class))
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE token IS NOT NULL", Long.class))
                    .isPositive();
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        SirtDeskApplication.disableUpdateChecker();
        return new SpringApplicationBuilder(SirtDeskApplication.class).run(args);
    }

    private static RestClient client(ConfigurableApplicationContext app, String user) {
        var port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo"))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    private static String parameter(String url, String name) {
        var matcher =
                java.util.regex.Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return matcher.find() ? matcher.group(1) : "";
    }
}
