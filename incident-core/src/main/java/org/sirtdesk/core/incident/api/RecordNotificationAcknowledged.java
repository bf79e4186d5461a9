package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** Records that the recipient acknowledged a sent notification; {@code at} is when it did. */
public record RecordNotificationAcknowledged(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String obligationId,
        String reference)
        implements IncidentCommand {}
