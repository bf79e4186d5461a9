package org.sirtdesk.core.incident.domain;

import java.time.Instant;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationStatus;

/** One notification obligation as the events left it. */
record Obligation(
        String id,
        String kind,
        String recipient,
        String basis,
        int episode,
        Instant raisedAt,
        Instant clockStart,
        Instant dueAt,
        Instant hardDueAt,
        ObligationStatus status,
        NotificationSent sent,
        String acknowledgementReference,
        String waiverRequester,
        String waiverReason) {

    /** OPEN or waiting for a waiver decision: closure is blocked. */
    boolean unsettled() {
        return status == ObligationStatus.OPEN || status == ObligationStatus.WAIVER_REQUESTED;
    }

    /** The id without the incident id: {@code PPC_FINAL}, or {@code CISO_REPORT:2} after a reopening. */
    String key() {
        var colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    Obligation rescheduled(Instant newClockStart, Instant newDueAt, Instant newHardDueAt) {
        return progressed(
                newClockStart,
                newDueAt,
                newHardDueAt,
                status,
                sent,
                acknowledgementReference,
                waiverRequester,
                waiverReason);
    }

    Obligation withStatus(ObligationStatus newStatus) {
        return progressed(
                clockStart, dueAt, hardDueAt, newStatus, sent, acknowledgementReference, waiverRequester, waiverReason);
    }

    Obligation sent(NotificationSent event) {
        return progressed(
                clockStart, dueAt, hardDueAt, ObligationStatus.SENT, event, null, waiverRequester, waiverReason);
    }

    Obligation acknowledged(String reference) {
        return progressed(
                clockStart,
                dueAt,
                hardDueAt,
                ObligationStatus.ACKNOWLEDGED,
                sent,
                reference,
                waiverRequester,
                waiverReason);
    }

    Obligation waiverRequested(String requester, String reason) {
        return progressed(
                clockStart,
                dueAt,
                hardDueAt,
                ObligationStatus.WAIVER_REQUESTED,
                sent,
                acknowledgementReference,
                requester,
                reason);
    }

    /** The same obligation (id, kind, recipient, basis, episode, raised) in a later state. */
    private Obligation progressed(
            Instant newClockStart,
            Instant newDueAt,
            Instant newHardDueAt,
            ObligationStatus newStatus,
            NotificationSent newSent,
            String newAcknowledgementReference,
            String newWaiverRequester,
            String newWaiverReason) {
        return new Obligation(
                id,
                kind,
                recipient,
                basis,
                episode,
                raisedAt,
                newClockStart,
                newDueAt,
                newHardDueAt,
                newStatus,
                newSent,
                newAcknowledgementReference,
                newWaiverRequester,
                newWaiverReason);
    }
}
