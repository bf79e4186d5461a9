package org.sirtdesk.projections.export;

import java.time.Instant;

/**
 * One record of the compliance export (SPEC §5): an obligation that was sent or waived. {@code onTime}
 * is {@code sentAt <= dueAt}; {@code null} when nothing was sent (waived) or there was no due time.
 */
public record NotificationRecord(
        String incidentId,
        String trackingCode,
        String obligationId,
        String kind,
        String recipient,
        String basis,
        Instant clockStart,
        Instant dueAt,
        Instant sentAt,
        Boolean onTime,
        boolean waived,
        String channel,
        String reference,
        String sender,
        String summary) {}
