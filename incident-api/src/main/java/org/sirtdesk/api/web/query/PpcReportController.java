package org.sirtdesk.api.web.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.sirtdesk.api.security.Access;
import org.sirtdesk.projections.incidentdetail.IncidentDetailView;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.sirtdesk.projections.ppcreport.PpcReportDraft;
import org.sirtdesk.projections.ppcreport.PpcReportItem;
import org.sirtdesk.projections.statistics.Statistics;
import org.sirtdesk.projections.statistics.StatisticsQueries;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The PPC report draft of an incident and the statistics for management (API.md, "Queries"). */
@RestController
@Validated
public class PpcReportController {

    private final IncidentListQueries incidents;
    private final StatisticsQueries statistics;
    private final ObjectMapper json;

    public PpcReportController(IncidentListQueries incidents, StatisticsQueries statistics, ObjectMapper json) {
        this.incidents = incidents;
        this.statistics = statistics;
        this.json = json;
    }

    @PreAuthorize(Access.PPC_REPORT_READERS)
    @GetMapping(path = "/api/v1/incidents/{incidentId}/ppc-report", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<PpcReportItem> ppcReport(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String incidentId) {
        var stored = incidents.detailJson(incidentId).orElseThrow(IncidentQueryController::notFound);
        try {
            return PpcReportDraft.of(json.readValue(stored, IncidentDetailView.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored detail is not readable", e);
        }
    }

    @PreAuthorize(Access.STATISTICS_READERS)
    @GetMapping(path = "/api/v1/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    public Statistics statistics(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var fromTime = QueryParameters.time("from", from);
        var toTime = QueryParameters.time("to", to);
        QueryParameters.period(fromTime, toTime);
        return statistics.statistics(fromTime, toTime);
    }
}
