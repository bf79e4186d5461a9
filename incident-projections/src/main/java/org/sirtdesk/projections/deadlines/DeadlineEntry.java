package org.sirtdesk.projections.deadlines;

import java.time.Duration;
import java.time.Instant;
import org.sirtdesk.core.deadline.DeadlineStatus;

/**
 * One row of the deadline board; {@code status} and {@code remaining} are computed at query time
 * ({@code remaining} negative when overdue, {@code null} when settled or without a due time).
 */
public record DeadlineEntry(
        String incidentId,
        String trackingCode,
        String obligationId,
        String kind,
        String recipient,
        String basis,
        Instant clockStart,
        Instant dueAt,
        Instant hardDueAt,
        Instant sentAt,
        DeadlineStatus status,
        Duration remaining,
        boolean pastHardLimit) {}
