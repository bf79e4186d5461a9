package org.sirtdesk.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database per test class: on the server named by {@code SIRTDESK_TEST_PG_URL}
 * when set, otherwise on an embedded PostgreSQL started for this JVM. If neither can be had the
 * tests fail and say why; they are never skipped.
 */
public final class TestPostgres {

    public static final String ENV = "SIRTDESK_TEST_PG_URL";

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static final List<String> created = new ArrayList<>();
    private static String serverUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {}

    /** Creates an empty database and returns its JDBC URL (user and password in the URL). */
    public static synchronized String newDatabase() {
        var server = server();
        var name =
                "sirtdesk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var connection = DriverManager.getConnection(server);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + redact(server), e);
        }
        created.add(name);
        return withDatabase(server, name);
    }

    private static String server() {
        if (serverUrl != null) {
            return serverUrl;
        }
        var configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            serverUrl = configured.trim();
        } else {
            serverUrl = startEmbedded();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated, "drop-test-databases"));
        return serverUrl;
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (Exception | Error e) {
            throw new IllegalStateException(
                    "The integration tests need PostgreSQL: set " + ENV
                            + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or let the tests start"
                            + " an embedded PostgreSQL, which failed"
                            + (isRoot() ? " (PostgreSQL refuses to run as root)" : "") + ": " + e,
                    e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name", "").toLowerCase(Locale.ROOT));
    }

    static String withDatabase(String url, String database) {
        var matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    ENV + " must look like jdbc:postgresql://host:port/db?user=..., got " + redact(url));
        }
        return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    private static synchronized void dropCreated() {
        try (var connection = DriverManager.getConnection(serverUrl);
                var statement = connection.createStatement()) {
            for (var name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases: " + e.getMessage());
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
            }
        }
    }
}
