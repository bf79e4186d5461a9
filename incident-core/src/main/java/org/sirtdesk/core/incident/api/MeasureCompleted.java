package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The responsible officer completed an ordered measure. */
@Revision("1")
public record MeasureCompleted(
        String incidentId, String measureId, String result, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
