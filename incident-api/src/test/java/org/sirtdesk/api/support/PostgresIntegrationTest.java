package org.sirtdesk.api.support;

import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring Boot test at a fresh PostgreSQL database. */
public final class PostgresIntegrationTest {

    private PostgresIntegrationTest() {}

    public static void register(DynamicPropertyRegistry registry) {
        var url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> parameter(url, "user"));
        registry.add("spring.datasource.password", () -> parameter(url, "password"));
    }

    static String parameter(String url, String name) {
        var matcher = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return matcher.find() ? matcher.group(1) : "";
    }
}
