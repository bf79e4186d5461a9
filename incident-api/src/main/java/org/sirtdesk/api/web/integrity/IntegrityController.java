package org.sirtdesk.api.web.integrity;

import jakarta.validation.constraints.Pattern;
import org.sirtdesk.api.eventstore.IncidentChainVerifier;
import org.sirtdesk.api.eventstore.IntegrityReport;
import org.sirtdesk.api.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Verification of an incident's hash chain for auditors and compliance (SPEC §6, API.md "Queries"). */
@RestController
@Validated
@RequestMapping(path = "/api/v1/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
public class IntegrityController {

    private final IncidentChainVerifier verifier;

    public IntegrityController(IncidentChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** Reads the event store itself, not a projection, so the answer never lags behind a write. */
    @PreAuthorize(Access.AUDITORS)
    @GetMapping("/{incidentId}/integrity")
    public IntegrityReport integrity(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String incidentId) {
        return verifier.verify(incidentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No incident with this id"));
    }
}
