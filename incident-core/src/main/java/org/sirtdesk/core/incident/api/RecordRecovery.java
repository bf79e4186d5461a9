package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead records that operations are recovered (001 Art. 31-4). */
public record RecordRecovery(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String summary)
        implements IncidentCommand {}
