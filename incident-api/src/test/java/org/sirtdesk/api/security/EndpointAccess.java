package org.sirtdesk.api.security;

import java.util.List;
import java.util.Set;

/**
 * Who may call what: one row per endpoint of the HTTP contract (API.md). {@link SecurityMatrixTest}
 * checks every role against every row and fails when an endpoint has no row.
 */
final class EndpointAccess {

    static final Set<String> ALL_ROLES = Set.of(
            "REPORTER", "SIRT", "SIRT_LEAD", "CISO", "OFFICER", "PRIVACY_OFFICER", "COMPLIANCE", "AUDITOR", "ADMIN");

    /** Everyone holds REPORTER too; {@code anonymous} marks endpoints open without login. */
    record Row(String method, String path, Set<String> roles, boolean anonymous) {

        static Row of(String method, String path, String... roles) {
            return new Row(method, path, Set.of(roles), false);
        }

        static Row open(String method, String path) {
            return new Row(method, path, ALL_ROLES, true);
        }
    }

    private static final String[] READERS = {
        "SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE", "AUDITOR", "OFFICER", "PRIVACY_OFFICER"
    };

    static final List<Row> ROWS = List.of(
            Row.of("POST", "/api/v1/reports", ALL_ROLES.toArray(String[]::new)),
            Row.of("GET", "/api/v1/reports/{trackingCode}", ALL_ROLES.toArray(String[]::new)),
            Row.of("GET", "/api/v1/incidents/{incidentId}", READERS),
            Row.of("GET", "/api/v1/incidents", "SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE", "AUDITOR"),
            Row.of("GET", "/api/v1/incidents/{incidentId}/timeline", READERS),
            Row.of("GET", "/api/v1/deadlines", "SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE"),
            Row.of("GET", "/api/v1/exports/notifications", "COMPLIANCE", "AUDITOR"));

    private EndpointAccess() {}
}
