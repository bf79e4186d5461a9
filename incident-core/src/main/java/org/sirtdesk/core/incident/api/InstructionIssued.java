package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** SIRT instructed an officer (001 Art. 31-4). */
@Revision("1")
public record InstructionIssued(
        String incidentId,
        String instructionId,
        InstructionKind kind,
        String officer,
        String system,
        String text,
        Instant dueAt,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
