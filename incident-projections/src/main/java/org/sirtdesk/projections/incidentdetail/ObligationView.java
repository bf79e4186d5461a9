package org.sirtdesk.projections.incidentdetail;

import java.time.Instant;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.ObligationStatus;

/**
 * A notification obligation as recorded: due times as computed when it was raised or rescheduled,
 * and what was sent. The deadline status is not stored; it depends on the moment of the query.
 */
public record ObligationView(
        String obligationId,
        String kind,
        String recipient,
        String basis,
        ObligationStatus status,
        Instant clockStart,
        Instant dueAt,
        Instant hardDueAt,
        Instant sentAt,
        NotificationChannel channel,
        String reference,
        String sender,
        String summary,
        boolean waived) {

    ObligationView withStatus(ObligationStatus newStatus) {
        return new ObligationView(
                obligationId,
                kind,
                recipient,
                basis,
                newStatus,
                clockStart,
                dueAt,
                hardDueAt,
                sentAt,
                channel,
                reference,
                sender,
                summary,
                newStatus == ObligationStatus.WAIVED);
    }

    ObligationView rescheduled(Instant newClockStart, Instant newDueAt, Instant newHardDueAt) {
        return new ObligationView(
                obligationId,
                kind,
                recipient,
                basis,
                status,
                newClockStart,
                newDueAt,
                newHardDueAt,
                sentAt,
                channel,
                reference,
                sender,
                summary,
                waived);
    }

    ObligationView sent(
            Instant at, NotificationChannel newChannel, String newReference, String newSender, String newSummary) {
        return new ObligationView(
                obligationId,
                kind,
                recipient,
                basis,
                ObligationStatus.SENT,
                clockStart,
                dueAt,
                hardDueAt,
                at,
                newChannel,
                newReference,
                newSender,
                newSummary,
                waived);
    }

    ObligationView acknowledged(String ackReference) {
        return new ObligationView(
                obligationId,
                kind,
                recipient,
                basis,
                ObligationStatus.ACKNOWLEDGED,
                clockStart,
                dueAt,
                hardDueAt,
                sentAt,
                channel,
                reference != null ? reference : ackReference,
                sender,
                summary,
                waived);
    }
}
