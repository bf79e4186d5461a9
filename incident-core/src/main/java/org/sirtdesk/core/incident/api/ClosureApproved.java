package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The CISO, not the requester, approved closure: the incident is CLOSED. */
@Revision("1")
public record ClosureApproved(String incidentId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
