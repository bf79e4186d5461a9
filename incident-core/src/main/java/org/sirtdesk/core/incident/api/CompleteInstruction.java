package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The named officer reports an acknowledged instruction as done, with the result. */
public record CompleteInstruction(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String instructionId,
        String result)
        implements IncidentCommand {}
