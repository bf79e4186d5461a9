package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** An obligation's due time (target or hard limit) passed while it was still open. */
@Revision("1")
public record DeadlineMissed(
        String incidentId,
        String obligationId,
        String kind,
        String recipient,
        DeadlineLimit limit,
        Instant dueAt,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
