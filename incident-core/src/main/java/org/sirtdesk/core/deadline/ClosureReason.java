package org.sirtdesk.core.deadline;

import java.time.DayOfWeek;
import java.util.Objects;

/** Why an organisation is closed on a day, with names for documents and screens. */
public record ClosureReason(Kind kind, String nameJa, String nameEn) {

    /** The kinds of closed day, in the order of precedence used when several apply. */
    public enum Kind {
        /** A national, substitute or citizens' holiday; the name is the holiday's. */
        HOLIDAY,
        /** 年末年始: 29 December to 3 January. */
        YEAR_END,
        /** A day the organisation closes by its own ordinance or rules. */
        ORGANISATION_DAY,
        /** Saturday or Sunday. */
        WEEKEND
    }

    public ClosureReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    public static ClosureReason holiday(Holiday holiday) {
        return new ClosureReason(Kind.HOLIDAY, holiday.nameJa(), holiday.nameEn());
    }

    public static ClosureReason yearEnd() {
        return new ClosureReason(Kind.YEAR_END, "年末年始", "Year-end closure");
    }

    public static ClosureReason organisationDay() {
        return new ClosureReason(Kind.ORGANISATION_DAY, "機関の休日", "Organisation closed day");
    }

    public static ClosureReason weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY
                ? new ClosureReason(Kind.WEEKEND, "土曜日", "Saturday")
                : new ClosureReason(Kind.WEEKEND, "日曜日", "Sunday");
    }
}
