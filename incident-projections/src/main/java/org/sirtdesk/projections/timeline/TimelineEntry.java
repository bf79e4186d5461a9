package org.sirtdesk.projections.timeline;

import java.time.Instant;

/** One timeline entry (API.md): business time, event type, who acted in which role, summary, article. */
public record TimelineEntry(Instant at, String type, String actor, String role, String summary, String basis) {}
