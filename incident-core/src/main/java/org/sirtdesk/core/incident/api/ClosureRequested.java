package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead asked for closure; every item was settled then. */
@Revision("1")
public record ClosureRequested(String incidentId, String summary, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
