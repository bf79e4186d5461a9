package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** Someone asked that an obligation need not be fulfilled. */
@Revision("1")
public record WaiverRequested(
        String incidentId, String obligationId, String reason, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
