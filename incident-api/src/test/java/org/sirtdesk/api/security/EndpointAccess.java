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

    private static final String INCIDENT = "/api/v1/incidents/{incidentId}";

    static final List<Row> ROWS = List.of(
            Row.of("POST", "/api/v1/reports", ALL_ROLES.toArray(String[]::new)),
            Row.open("GET", "/api/v1/reports/{trackingCode}"),
            Row.open("POST", "/api/v1/external-reports"),
            Row.of("GET", "/api/v1/incidents/{incidentId}", READERS),
            Row.of("POST", INCIDENT + "/triage", "SIRT", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/assessment", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/facts", "SIRT", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/ciso-report", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/ciso-acknowledgement", "CISO"),
            Row.of("POST", INCIDENT + "/cymat-request", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/notifications/{obligationId}/sent", "SIRT", "SIRT_LEAD", "PRIVACY_OFFICER"),
            Row.of(
                    "POST",
                    INCIDENT + "/notifications/{obligationId}/acknowledged",
                    "SIRT",
                    "SIRT_LEAD",
                    "PRIVACY_OFFICER"),
            Row.of("POST", INCIDENT + "/notifications/{obligationId}/waiver", "SIRT_LEAD", "PRIVACY_OFFICER"),
            Row.of("POST", INCIDENT + "/notifications/{obligationId}/waiver-decision", "CISO"),
            Row.of("POST", INCIDENT + "/instructions", "SIRT", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/instructions/{instructionId}/acknowledgement", "OFFICER"),
            Row.of("POST", INCIDENT + "/instructions/{instructionId}/completion", "OFFICER"),
            Row.of("POST", INCIDENT + "/recovery", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/recurrence-report", "OFFICER"),
            Row.of("POST", INCIDENT + "/recurrence-report/review", "CISO"),
            Row.of("POST", INCIDENT + "/measures/{measureId}/completion", "OFFICER"),
            Row.of("POST", INCIDENT + "/lessons", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/closure", "SIRT_LEAD"),
            Row.of("POST", INCIDENT + "/closure-decision", "CISO"),
            Row.of("POST", INCIDENT + "/reopening", "SIRT_LEAD", "CISO"),
            Row.of("POST", INCIDENT + "/notes", "SIRT", "SIRT_LEAD", "CISO", "OFFICER"),
            Row.of("POST", INCIDENT + "/evidence", "SIRT", "SIRT_LEAD", "OFFICER"),
            Row.of("GET", "/api/v1/incidents", "SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE", "AUDITOR"),
            Row.of("GET", INCIDENT + "/timeline", READERS),
            Row.of("GET", "/api/v1/deadlines", "SIRT", "SIRT_LEAD", "CISO", "COMPLIANCE"),
            Row.of("GET", "/api/v1/exports/notifications", "COMPLIANCE", "AUDITOR"),
            Row.of("GET", INCIDENT + "/ppc-report", "PRIVACY_OFFICER", "SIRT_LEAD", "COMPLIANCE"),
            Row.of("GET", "/api/v1/statistics", "CISO", "COMPLIANCE"),
            Row.of("GET", INCIDENT + "/integrity", "AUDITOR", "COMPLIANCE"));

    private EndpointAccess() {}
}
