package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The CISO refused closure; the request is no longer pending. */
@Revision("1")
public record ClosureRefused(String incidentId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
