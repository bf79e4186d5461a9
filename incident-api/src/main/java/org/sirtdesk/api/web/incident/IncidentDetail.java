package org.sirtdesk.api.web.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** The incident detail of the HTTP contract (API.md, "Resource shapes"). */
public record IncidentDetail(
        String incidentId,
        String trackingCode,
        String state,
        String severity,
        String category,
        String title,
        Instant awareAt,
        Instant reportedAt,
        long version,
        JsonNode facts,
        List<Object> obligations,
        List<Object> instructions,
        List<Object> measures) {}
