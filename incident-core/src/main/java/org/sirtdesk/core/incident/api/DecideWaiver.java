package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The CISO approves or refuses a pending waiver; never the requester (001 Art. 19-1). */
public record DecideWaiver(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String obligationId,
        boolean approve,
        String comment)
        implements IncidentCommand {}
