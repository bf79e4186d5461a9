package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/**
 * Record that an obligation's due time passed while it was still open. Sent by the deadline watch
 * (role SYSTEM) on any node; the aggregate records it once per obligation, limit and due time.
 */
public record RecordDeadlineMissed(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String obligationId,
        DeadlineLimit limit)
        implements IncidentCommand {}
