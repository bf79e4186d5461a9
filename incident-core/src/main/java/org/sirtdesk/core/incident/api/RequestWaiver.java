package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** Asks that an obligation need not be fulfilled, with a reason; someone else must decide (001 Art. 19-1). */
public record RequestWaiver(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String obligationId,
        String reason)
        implements IncidentCommand {}
