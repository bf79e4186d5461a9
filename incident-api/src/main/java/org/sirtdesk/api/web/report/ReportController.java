package org.sirtdesk.api.web.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.sirtdesk.api.command.ReportIntake;
import org.sirtdesk.api.security.Access;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reports of suspected incidents by employees (001 Art. 31-1) and their status by tracking code. */
@RestController
@Validated
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReportController {

    private final ReportIntake intake;
    private final IncidentListQueries incidents;

    public ReportController(ReportIntake intake, IncidentListQueries incidents) {
        this.intake = intake;
        this.incidents = incidents;
    }

    public record ReportCreated(String incidentId, String trackingCode) {}

    public record ReportStatus(String trackingCode, String state, Instant receivedAt) {}

    @PreAuthorize(Access.REPORTER)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ReportCreated> report(
            @Valid @RequestBody ReportRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(min = 8, max = 128)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+")
                    String idempotencyKey,
            Authentication user) {
        var reporter = Actor.of(user.getName(), Role.REPORTER);
        var newIncident = intake.receive(ReportChannel.API, request.toFacts(), reporter, intake.now(), idempotencyKey);
        var body = new ReportCreated(newIncident.incidentId(), newIncident.trackingCode());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + newIncident.incidentId()))
                .body(body);
    }

    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{trackingCode}")
    public ReportStatus status(
            @PathVariable @Size(max = 32) @Pattern(regexp = "[A-Z0-9-]+") String trackingCode, Authentication user) {
        return incidents
                .byTrackingCode(trackingCode)
                .filter(s -> "EXTERNAL_WINDOW".equals(s.channel())
                        || (user != null && s.reporterId().equals(user.getName())))
                .map(s -> new ReportStatus(s.trackingCode(), s.state(), s.reportedAt()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No report with this code"));
    }
}
