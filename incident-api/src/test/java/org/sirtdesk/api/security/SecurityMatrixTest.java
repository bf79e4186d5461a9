package org.sirtdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sirtdesk.core.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every role against every endpoint, generated from {@link EndpointAccess}. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:matrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sirtdesk.read-your-writes.timeout=PT0S"
        })
@AutoConfigureMockMvc
class SecurityMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A demo user holding exactly one role besides REPORTER. */
    private static String userFor(String role) {
        return DemoUsers.USERS.entrySet().stream()
                .filter(e -> e.getValue().name().equals(role))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyEndpointOfTheApplicationHasARowInTheAccessTable() {
        var declared = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.sirtdesk")) {
                return;
            }
            for (var path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    // HTML pages sign in with a session form login and CSRF; ReportPagesIT covers them.
                    continue;
                }
                for (var verb : info.getMethodsCondition().getMethods()) {
                    declared.add(verb.name() + " " + path);
                }
            }
        });
        var covered = new TreeSet<String>();
        EndpointAccess.ROWS.forEach(r -> covered.add(r.method() + " " + r.path()));
        assertThat(covered).as("rows in EndpointAccess").containsAll(declared);
        assertThat(declared).as("endpoints of the application").containsAll(covered);
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyTheAccessOfItsRow() {
        var tests = new ArrayList<DynamicTest>();
        for (var row : EndpointAccess.ROWS) {
            var roles = new ArrayList<>(List.of(Role.values()));
            roles.remove(Role.EXTERNAL);
            roles.remove(Role.SYSTEM);
            for (var role : roles) {
                var allowed = row.roles().contains(role.name()) || row.roles().contains("REPORTER");
                tests.add(DynamicTest.dynamicTest(
                        row.method() + " " + row.path() + " as " + role + (allowed ? " is allowed" : " is forbidden"),
                        () -> {
                            var status = call(row, userFor(role.name()));
                            if (allowed) {
                                assertThat(status).isNotIn(401, 403);
                            } else {
                                assertThat(status).isEqualTo(403);
                            }
                        }));
            }
            tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " without login", () -> {
                if (row.anonymous()) {
                    assertThat(call(row, null)).isNotIn(401, 403);
                } else {
                    assertThat(call(row, null)).isEqualTo(401);
                }
            }));
        }
        return tests.stream();
    }

    private int call(EndpointAccess.Row row, String user) throws Exception {
        var path = row.path().replaceAll("\\{[^}]+}", "X-1");
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path)
                .accept(MediaType.APPLICATION_JSON);
        if (!"GET".equals(row.method())) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
