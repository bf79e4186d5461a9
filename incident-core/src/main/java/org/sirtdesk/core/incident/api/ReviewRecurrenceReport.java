package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The CISO approves the report, ordering its measures, or returns it with comments (001 Art. 33-2); never its submitter. */
public record ReviewRecurrenceReport(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        ReviewDecision decision,
        String comment)
        implements IncidentCommand {}
