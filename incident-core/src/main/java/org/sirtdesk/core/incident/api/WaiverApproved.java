package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** Someone other than the requester approved the waiver (001 Art. 19-1). */
@Revision("1")
public record WaiverApproved(
        String incidentId, String obligationId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
