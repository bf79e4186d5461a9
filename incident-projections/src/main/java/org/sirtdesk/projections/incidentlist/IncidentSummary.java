package org.sirtdesk.projections.incidentlist;

import java.time.Instant;

/** One row of the incident list read model; {@code factsJson} holds the facts as last known. */
public record IncidentSummary(
        String incidentId,
        String trackingCode,
        String state,
        String severity,
        String category,
        String title,
        String description,
        String department,
        String channel,
        String reporterId,
        Instant awareAt,
        Instant reportedAt,
        String factsJson,
        long version) {}
