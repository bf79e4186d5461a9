package org.sirtdesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * More than 10,000 malformed or hostile requests to every write endpoint: every answer must be a
 * 4xx problem+json, never a 5xx, and none of them may leave an event behind. Every request carries
 * at least one certain defect (wrong type, missing field, unknown property, bad date, unknown enum,
 * oversized text, broken JSON, wrong content type) and may also carry SQL, HTML or CRLF payloads.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sirtdesk.rate-limit.external.requests=1000000",
            "sirtdesk.rate-limit.report.requests=1000000",
            "sirtdesk.read-your-writes.timeout=PT0S"
        })
class HostileInputIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static final String[] NASTY = {
        "'; DROP TABLE domainevententry; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "line\r\nX-Forged: header",
        "\u0000\u0007\u001b[31m",
        "\u202Eevil",
        "${jndi:ldap://127.0.0.1/x}",
        "../../etc/passwd",
        "%s%s%s%n",
        "=HYPERLINK(\"http://127.0.0.1\")",
        "😀".repeat(50)
    };

    /** An endpoint, the user whose role may call it, and the required fields of a valid body. */
    record Target(String path, String user, Map<String, String> valid) {}

    private List<Target> targets(String incidentId) {
        var base = "/api/v1/incidents/" + incidentId;
        var report = Map.of(
                "title", "\"t\"",
                "description", "\"d\"",
                "awareAt", "\"2026-05-01T09:30:00+09:00\"");
        return List.of(
                new Target("/api/v1/reports", "reporter", report),
                new Target("/api/v1/external-reports", null, Map.of("title", "\"t\"", "description", "\"d\"")),
                new Target(base + "/triage", "sirt1", Map.of("note", "\"n\"")),
                new Target(
                        base + "/assessment",
                        "lead1",
                        Map.of("decision", "\"INCIDENT\"", "reason", "\"r\"", "severity", "\"LOW\"")),
                new Target(base + "/facts", "sirt1", Map.of("reason", "\"r\"", "title", "\"t\"")),
                new Target(base + "/ciso-report", "lead1", Map.of("summary", "\"s\"")),
                new Target(base + "/ciso-acknowledgement", "ciso", Map.of("comment", "\"c\"")),
                new Target(base + "/cymat-request", "lead1", Map.of("reason", "\"r\"")),
                new Target(
                        base + "/notifications/" + incidentId + ":POLICE/sent",
                        "sirt1",
                        Map.of(
                                "sentAt", "\"2026-05-01T09:30:00+09:00\"",
                                "channel", "\"PHONE\"",
                                "summary", "\"s\"")),
                new Target(
                        base + "/notifications/" + incidentId + ":POLICE/acknowledged",
                        "sirt1",
                        Map.of("at", "\"2026-05-01T09:30:00+09:00\"")),
                new Target(
                        base + "/notifications/" + incidentId + ":POLICE/waiver", "lead1", Map.of("reason", "\"r\"")),
                new Target(
                        base + "/notifications/" + incidentId + ":POLICE/waiver-decision",
                        "ciso",
                        Map.of("approve", "true", "comment", "\"c\"")),
                new Target(
                        base + "/instructions",
                        "sirt1",
                        Map.of(
                                "kind", "\"CONTAINMENT\"",
                                "officer", "\"officer1\"",
                                "system", "\"s\"",
                                "text", "\"t\"")),
                new Target(base + "/instructions/ins-x/completion", "officer1", Map.of("result", "\"r\"")),
                new Target(base + "/recovery", "lead1", Map.of("summary", "\"s\"")),
                new Target(
                        base + "/recurrence-report",
                        "officer1",
                        Map.of("cause", "\"c\"", "measures", "[{\"text\":\"m\"}]")),
                new Target(
                        base + "/recurrence-report/review",
                        "ciso",
                        Map.of("decision", "\"APPROVE\"", "comment", "\"c\"")),
                new Target(base + "/measures/m-x/completion", "officer1", Map.of("result", "\"r\"")),
                new Target(base + "/lessons", "lead1", Map.of("summary", "\"s\"", "sharedWith", "[\"all\"]")),
                new Target(base + "/closure", "lead1", Map.of("summary", "\"s\"")),
                new Target(base + "/closure-decision", "ciso", Map.of("approve", "true", "comment", "\"c\"")),
                new Target(base + "/reopening", "lead1", Map.of("reason", "\"r\"")),
                new Target(base + "/notes", "sirt1", Map.of("text", "\"t\"")),
                new Target(base + "/evidence", "sirt1", Map.of("reference", "\"r\"")));
    }

    record Attack(String contentType, byte[] body, String defect) {}

    private Attack attack(Target target, Random random) {
        var fields = new TreeMap<>(target.valid());
        var keys = new ArrayList<>(fields.keySet());
        var key = keys.get(random.nextInt(keys.size()));
        var nasty = NASTY[random.nextInt(NASTY.length)];
        if (random.nextBoolean()) {
            // Nasty text in another field of the body, where it is allowed as text.
            var other = keys.get(random.nextInt(keys.size()));
            if (fields.get(other).startsWith("\"")) {
                fields.put(other, quote(nasty));
            }
        }
        var kind = random.nextInt(10);
        String defect;
        switch (kind) {
            case 0 -> {
                fields.put(key, random.nextBoolean() ? "12345" : "{\"nested\":" + quote(nasty) + "}");
                defect = "wrong type of " + key;
                if (!fields.get(key).startsWith("{") && !target.valid().get(key).startsWith("\"")) {
                    fields.put(key, "{\"x\":1}");
                }
            }
            case 1 -> {
                fields.remove(key);
                if (fields.isEmpty() || random.nextBoolean()) {
                    fields.put("state", quote("CLOSED"));
                }
                fields.put("severity" + random.nextInt(3), quote(nasty));
                defect = "unknown property";
            }
            case 2 -> {
                fields.put("reporter", quote(nasty));
                defect = "mass assignment";
            }
            case 3 -> {
                fields.put(key, quote("2026-13-45T99:99:99+09:00"));
                fields.put("incidentState", "\"x\"");
                defect = "invalid date and unknown property";
            }
            case 4 -> {
                fields.put(key, quote("NOT_A_VALUE_" + random.nextInt(1000)));
                fields.put("zzz", "null");
                defect = "unknown enum value and property";
            }
            case 5 -> {
                fields.put(key, quote("x".repeat(10_001 + random.nextInt(5_000))));
                defect = "oversized text";
                if (!target.valid().get(key).startsWith("\"")) {
                    fields.put("unexpected", "1");
                }
            }
            case 6 -> {
                var json = json(fields);
                var cut = json.substring(0, Math.max(1, random.nextInt(json.length())));
                return new Attack(
                        "application/json", (cut + "\u0000{").getBytes(StandardCharsets.UTF_8), "broken JSON");
            }
            case 7 -> {
                var types =
                        new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded", "text/html"
                        };
                return new Attack(
                        types[random.nextInt(types.length)],
                        json(fields).getBytes(StandardCharsets.UTF_8),
                        "content type");
            }
            case 8 -> {
                var bodies = new String[] {
                    "", "null", "[]", "[" + json(fields) + "]", "\"" + nasty.replace("\"", "") + "\"", "42"
                };
                return new Attack(
                        "application/json",
                        bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8),
                        "not an object");
            }
            default -> {
                var huge = "{\"title\":\"" + "A".repeat(200_000 + random.nextInt(100_000)) + "\"}";
                return new Attack("application/json", huge.getBytes(StandardCharsets.UTF_8), "huge body");
            }
        }
        return new Attack("application/json", json(fields).getBytes(StandardCharsets.UTF_8), defect);
    }

    private static String quote(String text) {
        var escaped = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                escaped.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.append('"').toString();
    }

    private static String json(Map<String, String> fields) {
        var out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                .append(quote(k))
                .append(':')
                .append(v));
        return out.append('}').toString();
    }

    @Test
    void tenThousandHostileRequestsAreAllRefusedCleanlyAndStoreNothing() throws Exception {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var created = client.send(
                request(
                        "/api/v1/reports",
                        "reporter",
                        "application/json",
                        "{\"title\":\"target\",\"description\":\"d\",\"awareAt\":\"2026-05-01T09:30:00+09:00\"}"
                                .getBytes(StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        var incidentId = created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
        var before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        var random = new Random(20261123L);
        var targets = new ArrayList<>(targets(incidentId));
        targets.addAll(targets("no-such-incident"));
        var failures = new ArrayList<String>();
        int sent = 0;
        for (int i = 0; i < 10_200; i++) {
            var target = targets.get(random.nextInt(targets.size()));
            var attack = attack(target, random);
            var response = client.send(
                    request(target.path(), target.user(), attack.contentType(), attack.body()),
                    HttpResponse.BodyHandlers.ofString());
            sent++;
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() < 400
                    || response.statusCode() >= 500
                    || !type.startsWith("application/problem+json")) {
                failures.add(response.statusCode() + " " + type + " " + target.path() + " (" + attack.defect() + "): "
                        + response.body()
                                .substring(0, Math.min(200, response.body().length())));
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("answers that were not a 4xx problem").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                .isEqualTo(before);
    }

    private HttpRequest request(String path, String user, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }
}
