package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The officer completed the instruction. */
@Revision("1")
public record InstructionCompleted(
        String incidentId, String instructionId, String result, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
