package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead asked for CYMAT support (001 Art. 31-10). */
@Revision("1")
public record CymatSupportRequested(String incidentId, String reason, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
