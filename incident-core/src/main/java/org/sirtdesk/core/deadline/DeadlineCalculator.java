package org.sirtdesk.core.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Computes due times (REGULATIONS.md, "Japanese day counting"; SPEC.md §4).
 *
 * <ul>
 *   <li>{@code HOURS}: clock start + N hours, exactly; closed days do not matter.
 *   <li>{@code CALENDAR_DAYS}: the clock-start day (in the zone) is day 1 and the due date is
 *       day N (N = 0 or 1: the clock-start day itself); a due date on a closed day rolls forward
 *       to the next open day unless the spec opts out.
 *   <li>{@code BUSINESS_DAYS}: the due date is the N-th open day after the clock-start date; N =
 *       0 means the clock-start date, rolled forward to an open day unless the spec opts out.
 * </ul>
 *
 * Day-based due times are the last second (23:59:59) of the due date in the calculator's zone
 * (Asia/Tokyo by default). Pure: the same inputs always give the same due time.
 */
public final class DeadlineCalculator {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** The time of day a day-based deadline ends. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final ClosureCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(ClosureCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A calculator in Asia/Tokyo. */
    public DeadlineCalculator(ClosureCalendar calendar) {
        this(calendar, TOKYO);
    }

    public Instant dueAt(Instant clockStart, DeadlineSpec spec) {
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(spec, "spec");
        if (spec.unit() == DurationUnit.HOURS) {
            return clockStart.plus(Duration.ofHours(spec.amount()));
        }
        return endOfDay(dueDate(clockStart, spec));
    }

    /** The date (in the zone) on which the deadline falls. */
    public LocalDate dueDate(Instant clockStart, DeadlineSpec spec) {
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(spec, "spec");
        var startDate = LocalDate.ofInstant(clockStart, zone);
        return switch (spec.unit()) {
            case HOURS -> LocalDate.ofInstant(dueAt(clockStart, spec), zone);
            case CALENDAR_DAYS -> rollIfAsked(startDate.plusDays(Math.max(spec.amount() - 1, 0)), spec);
            case BUSINESS_DAYS ->
                spec.amount() == 0 ? rollIfAsked(startDate, spec) : calendar.nthOpenDayAfter(startDate, spec.amount());
        };
    }

    /** 23:59:59 of the date in the calculator's zone. */
    public Instant endOfDay(LocalDate date) {
        return date.atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    public ClosureCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    private LocalDate rollIfAsked(LocalDate date, DeadlineSpec spec) {
        return spec.rollsForward() ? calendar.nextOpenDayFrom(date) : date;
    }
}
