package org.sirtdesk.core.deadline;

import java.time.LocalDate;

/** Tells which days an organisation is closed (weekends, public holidays, year-end, ordinance days). */
public interface ClosureCalendar {

    /** The longest run of closed days accepted before a calendar is taken to be misconfigured. */
    int MAX_CLOSED_RUN = 366;

    boolean isClosed(LocalDate date);

    default boolean isOpen(LocalDate date) {
        return !isClosed(date);
    }

    /** The date itself when it is open, else the first open day after it. */
    default LocalDate nextOpenDayFrom(LocalDate date) {
        var day = date;
        for (int closed = 0; isClosed(day); closed++) {
            if (closed >= MAX_CLOSED_RUN) {
                throw new IllegalStateException(
                        "no open day within " + MAX_CLOSED_RUN + " days from " + date + ": check the calendar");
            }
            day = day.plusDays(1);
        }
        return day;
    }

    /** The n-th open day after the date (n = 1: the first open day after it); n = 0 gives the date. */
    default LocalDate nthOpenDayAfter(LocalDate date, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        var day = date;
        for (long counted = 0; counted < n; counted++) {
            day = nextOpenDayFrom(day.plusDays(1));
        }
        return day;
    }
}
