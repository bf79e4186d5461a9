package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The waiver was refused; the obligation is open again. */
@Revision("1")
public record WaiverRefused(
        String incidentId, String obligationId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
