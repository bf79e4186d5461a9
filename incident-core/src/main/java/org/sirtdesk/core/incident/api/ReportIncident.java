package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sirtdesk.core.shared.Actor;

/** Report a suspected incident (001 Art. 31-1). Ids and times are made at the edge. */
public record ReportIncident(
        @TargetAggregateIdentifier String incidentId,
        String trackingCode,
        ReportChannel channel,
        ReportFacts facts,
        Actor actor,
        Instant reportedAt) {}
