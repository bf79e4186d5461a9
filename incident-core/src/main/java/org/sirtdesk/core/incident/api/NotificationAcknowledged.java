package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The recipient acknowledged a notification, at {@code at}. */
@Revision("1")
public record NotificationAcknowledged(
        String incidentId, String obligationId, String reference, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
