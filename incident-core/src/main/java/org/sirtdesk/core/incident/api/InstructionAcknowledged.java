package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The officer acknowledged the instruction. */
@Revision("1")
public record InstructionAcknowledged(String incidentId, String instructionId, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
