package org.sirtdesk.core.deadline;

/** An amount of time in one unit, e.g. 30 calendar days or 24 hours. */
public record DeadlineSpec(long amount, DurationUnit unit) {

    public DeadlineSpec {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit must be given");
        }
    }

    public static DeadlineSpec hours(long amount) {
        return new DeadlineSpec(amount, DurationUnit.HOURS);
    }

    public static DeadlineSpec calendarDays(long amount) {
        return new DeadlineSpec(amount, DurationUnit.CALENDAR_DAYS);
    }

    public static DeadlineSpec businessDays(long amount) {
        return new DeadlineSpec(amount, DurationUnit.BUSINESS_DAYS);
    }
}
