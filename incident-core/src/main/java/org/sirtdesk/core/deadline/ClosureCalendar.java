package org.sirtdesk.core.deadline;

import java.time.LocalDate;

/** Tells which days an organisation is closed (weekends, public holidays, year-end, ordinance days). */
public interface ClosureCalendar {

    boolean isClosed(LocalDate date);

    default LocalDate nextOpenDayFrom(LocalDate date) {
        var day = date;
        while (isClosed(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
