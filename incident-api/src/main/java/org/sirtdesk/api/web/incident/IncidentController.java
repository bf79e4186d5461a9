package org.sirtdesk.api.web.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.sirtdesk.projections.incidentlist.IncidentSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Queries on incidents (API.md, "Queries"). */
@RestController
@Validated
@RequestMapping(path = "/api/v1/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
public class IncidentController {

    private final IncidentListQueries incidents;
    private final ObjectMapper json;

    public IncidentController(IncidentListQueries incidents, ObjectMapper json) {
        this.incidents = incidents;
        this.json = json;
    }

    @GetMapping("/{incidentId}")
    public ResponseEntity<IncidentDetail> detail(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String incidentId) {
        var summary = incidents
                .byId(incidentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No incident with this id"));
        return ResponseEntity.ok().eTag("\"" + summary.version() + "\"").body(toDetail(summary));
    }

    private IncidentDetail toDetail(IncidentSummary s) {
        try {
            return new IncidentDetail(
                    s.incidentId(),
                    s.trackingCode(),
                    s.state(),
                    s.severity(),
                    s.category(),
                    s.title(),
                    s.awareAt(),
                    s.reportedAt(),
                    s.version(),
                    json.readTree(s.factsJson()),
                    List.of(),
                    List.of(),
                    List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored facts are not JSON", e);
        }
    }
}
