package org.sirtdesk.core.deadline;

/**
 * An amount of time in one unit, e.g. 30 calendar days or 24 hours, and whether a due date that
 * falls on a closed day rolls forward to the next open day.
 *
 * <p>Day units roll forward unless a rule opts out; hours never roll. A {@code null} roll (e.g.
 * a configuration or a stored message that predates the field) takes the default of the unit.
 */
public record DeadlineSpec(long amount, DurationUnit unit, Roll roll) {

    /** Upper bound on the amount: beyond it a value is a configuration mistake, not a deadline. */
    public static final long MAX_AMOUNT = 100_000;

    public DeadlineSpec {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be at most " + MAX_AMOUNT);
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit must be given");
        }
        if (roll == null) {
            roll = unit.countsDays() ? Roll.FORWARD : Roll.NONE;
        }
        if (unit == DurationUnit.HOURS && roll == Roll.FORWARD) {
            throw new IllegalArgumentException("hour-based deadlines never roll forward");
        }
    }

    /** A spec with the default roll of the unit. */
    public DeadlineSpec(long amount, DurationUnit unit) {
        this(amount, unit, null);
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

    /** The same amount and unit, but a due date on a closed day stays where it is. */
    public DeadlineSpec withoutRollForward() {
        return new DeadlineSpec(amount, unit, Roll.NONE);
    }

    /** Whether a due date on a closed day moves to the next open day. Always false for hours. */
    public boolean rollsForward() {
        return roll == Roll.FORWARD;
    }
}
