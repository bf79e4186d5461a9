package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** Records that an obligation's notification was sent: when, how, reference, summary and by whom ({@code sender} null: the actor). */
public record RecordNotificationSent(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String obligationId,
        Instant sentAt,
        NotificationChannel channel,
        String reference,
        String summary,
        String sender)
        implements IncidentCommand {}
