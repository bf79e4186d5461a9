package org.sirtdesk.api.web.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.sirtdesk.api.security.Access;
import org.sirtdesk.core.deadline.DeadlineClassifier;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.shared.Severity;
import org.sirtdesk.projections.incidentdetail.IncidentDetailFold;
import org.sirtdesk.projections.incidentdetail.IncidentDetailView;
import org.sirtdesk.projections.incidentlist.IncidentFilter;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.sirtdesk.projections.incidentlist.IncidentSummary;
import org.sirtdesk.projections.timeline.TimelineEntry;
import org.sirtdesk.projections.timeline.TimelineProjection;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Queries on incidents (API.md, "Queries"): list, detail (current or as of a time), timeline. */
@RestController
@Validated
@RequestMapping(path = "/api/v1/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
public class IncidentQueryController {

    static final int MAX_PAGE_SIZE = 200;

    private final IncidentListQueries incidents;
    private final TimelineProjection timelines;
    private final EventStore eventStore;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeadlineClassifier classifier = DeadlineClassifier.withDefaultWindow();

    public IncidentQueryController(
            IncidentListQueries incidents,
            TimelineProjection timelines,
            EventStore eventStore,
            ObjectMapper json,
            Clock clock) {
        this.incidents = incidents;
        this.timelines = timelines;
        this.eventStore = eventStore;
        this.json = json;
        this.clock = clock;
    }

    /** A page of summaries. */
    public record Page(List<Summary> items, int page, int size, long total) {}

    /** One incident of the list. */
    public record Summary(
            String incidentId,
            String trackingCode,
            String state,
            String severity,
            String category,
            String title,
            String department,
            Instant awareAt,
            Instant reportedAt,
            long version) {

        static Summary of(IncidentSummary s) {
            return new Summary(
                    s.incidentId(),
                    s.trackingCode(),
                    s.state(),
                    s.severity(),
                    s.category(),
                    s.title(),
                    s.department(),
                    s.awareAt(),
                    s.reportedAt(),
                    s.version());
        }
    }

    @PreAuthorize(Access.LIST_READERS)
    @GetMapping
    public Page list(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var fromTime = QueryParameters.time("from", from);
        var toTime = QueryParameters.time("to", to);
        QueryParameters.period(fromTime, toTime);
        var filter = new IncidentFilter(
                QueryParameters.oneOf("state", state, IncidentState.class),
                QueryParameters.oneOf("severity", severity, Severity.class),
                QueryParameters.oneOf("category", category, Category.class),
                QueryParameters.text("department", department, 200),
                fromTime,
                toTime,
                QueryParameters.text("q", q, 200));
        int pageNumber = QueryParameters.range("page", page, 0, 0, 10_000);
        int pageSize = QueryParameters.range("size", size, 20, 1, MAX_PAGE_SIZE);
        var result = incidents.page(filter, pageNumber, pageSize);
        return new Page(
                result.items().stream().map(Summary::of).toList(), result.page(), result.size(), result.total());
    }

    @PreAuthorize(Access.INCIDENT_READERS)
    @GetMapping("/{incidentId}")
    public ResponseEntity<IncidentDetailResponse> detail(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String incidentId,
            @RequestParam(required = false) String asOf,
            Authentication user) {
        var asOfTime = QueryParameters.time("asOf", asOf);
        var detail = asOfTime == null ? current(incidentId) : asOf(incidentId, asOfTime);
        if (!Readers.seesAll(user) && !detail.names(user.getName())) {
            throw notFound();
        }
        var now = asOfTime == null ? clock.instant() : asOfTime;
        return ResponseEntity.ok()
                .eTag("\"" + detail.version() + "\"")
                .body(IncidentDetailResponse.of(detail, classifier, now));
    }

    @PreAuthorize(Access.INCIDENT_READERS)
    @GetMapping("/{incidentId}/timeline")
    public List<TimelineEntry> timeline(
            @PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String incidentId, Authentication user) {
        var detail = current(incidentId);
        if (!Readers.seesAll(user) && !detail.names(user.getName())) {
            throw notFound();
        }
        return timelines.timeline(incidentId);
    }

    private IncidentDetailView current(String incidentId) {
        var stored = incidents.detailJson(incidentId).orElseThrow(IncidentQueryController::notFound);
        try {
            return json.readValue(stored, IncidentDetailView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored detail is not readable", e);
        }
    }

    /** The events known at {@code asOf} (business time), folded with the same code as the projection. */
    private IncidentDetailView asOf(String incidentId, Instant asOf) {
        IncidentDetailView detail = null;
        var events = new ArrayList<DomainEventMessage<?>>();
        try (var stream = eventStore.readEvents(incidentId).asStream()) {
            stream.forEach(events::add);
        } catch (RuntimeException e) {
            throw notFound();
        }
        for (var message : events) {
            if (message.getPayload() instanceof IncidentEvent event
                    && !event.at().isAfter(asOf)
                    && (detail != null || event instanceof org.sirtdesk.core.incident.api.IncidentReported)) {
                detail = IncidentDetailFold.apply(detail, event, message.getSequenceNumber());
            }
        }
        if (detail == null) {
            throw notFound();
        }
        return detail;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No incident with this id");
    }
}
