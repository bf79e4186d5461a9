package org.sirtdesk.core.deadline;

/** How a deadline duration is counted (REGULATIONS.md, "Japanese day counting"). */
public enum DurationUnit {
    /** Elapsed hours from the clock start; never rolls over closed days. */
    HOURS,
    /** Calendar days, the clock-start day being day 1; a last day that is closed rolls forward. */
    CALENDAR_DAYS,
    /** Open days after the clock-start day, per the closure calendar. */
    BUSINESS_DAYS;

    /** Whether the due time is the end of a day (true) or an exact instant (false). */
    public boolean countsDays() {
        return this != HOURS;
    }
}
