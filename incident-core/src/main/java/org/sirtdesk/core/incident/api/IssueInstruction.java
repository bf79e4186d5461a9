package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** SIRT instructs a named officer to contain, recover or check another system (001 Art. 31-4). The id comes from the edge. */
public record IssueInstruction(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String instructionId,
        InstructionKind kind,
        String officer,
        String system,
        String text,
        Instant dueAt)
        implements IncidentCommand {}
