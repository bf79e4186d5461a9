package org.sirtdesk.api.web.external;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.sirtdesk.api.error.Problems;
import org.sirtdesk.api.ratelimit.RateLimitExceededException;
import org.sirtdesk.api.security.Access;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The external report window as an API (001 Art. 30-5): no account, rate-limited per client
 * address, answers with the tracking code only.
 */
@RestController
public class ExternalReportController {

    private final ExternalReports reports;

    public ExternalReportController(ExternalReports reports) {
        this.reports = reports;
    }

    public record ExternalReportAccepted(String trackingCode) {}

    @PreAuthorize(Access.ANYONE)
    @PostMapping(
            path = "/api/v1/external-reports",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ExternalReportAccepted> report(@Valid @RequestBody ExternalReportRequest request) {
        var trackingCode = reports.submit(request.toReport());
        return ResponseEntity.accepted()
                .location(URI.create("/reports/" + trackingCode))
                .body(new ExternalReportAccepted(trackingCode));
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException e) {
        var answer = Problems.response(
                HttpStatus.TOO_MANY_REQUESTS,
                "RATE_LIMITED",
                "Too many reports from this address; retry after " + e.retryAfterSeconds() + " seconds",
                List.of());
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(answer.getBody());
    }
}
