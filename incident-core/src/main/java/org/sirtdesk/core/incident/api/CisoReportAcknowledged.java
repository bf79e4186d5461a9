package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The CISO acknowledged the report. */
@Revision("1")
public record CisoReportAcknowledged(String incidentId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
