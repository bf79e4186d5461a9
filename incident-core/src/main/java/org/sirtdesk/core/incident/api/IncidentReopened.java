package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** A closed or dismissed incident was reopened, optionally prompted by another report. */
@Revision("1")
public record IncidentReopened(
        String incidentId,
        String reason,
        String relatedIncidentId,
        IncidentState previousState,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
