package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** Assessed as not an incident, with the reason; reopenable. */
@Revision("1")
public record IncidentDismissed(String incidentId, String reason, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
