package org.sirtdesk.projections.incidentlist;

import java.util.List;

/** One page of the incident list and the number of incidents matching the filters. */
public record IncidentPage(List<IncidentSummary> items, int page, int size, long total) {}
