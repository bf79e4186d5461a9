package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** Reopens a closed or dismissed incident with a reason, optionally naming the report that prompted it. */
public record ReopenIncident(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String reason,
        String relatedIncidentId)
        implements IncidentCommand {}
