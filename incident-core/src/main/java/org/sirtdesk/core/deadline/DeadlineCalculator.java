package org.sirtdesk.core.deadline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Computes due times. Day-based due times are the last second (23:59:59) of the due day in the
 * calculator's zone (Asia/Tokyo by default).
 */
public final class DeadlineCalculator {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ClosureCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(ClosureCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public Instant dueAt(Instant clockStart, DeadlineSpec spec) {
        return switch (spec.unit()) {
            case HOURS -> clockStart.plusSeconds(spec.amount() * 3600);
            case CALENDAR_DAYS, BUSINESS_DAYS -> throw new UnsupportedOperationException("day counting pending");
        };
    }

    public ClosureCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }
}
