package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** An obligation's notification was sent. */
@Revision("1")
public record NotificationSent(
        String incidentId,
        String obligationId,
        Instant sentAt,
        NotificationChannel channel,
        String reference,
        String summary,
        String sender,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
