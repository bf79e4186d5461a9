package org.sirtdesk.projections.incidentlist;

import java.time.Instant;

/** Filters of the incident list; {@code null} means "any". {@code from} inclusive, {@code to} exclusive. */
public record IncidentFilter(
        String state, String severity, String category, String department, Instant from, Instant to, String q) {}
