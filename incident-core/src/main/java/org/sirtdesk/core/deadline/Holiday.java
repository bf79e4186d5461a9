package org.sirtdesk.core.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off under the 国民の祝日に関する法律: a national holiday proper (国民の祝日, Art. 2, or a
 * day a special law treats as one), a substitute holiday (振替休日, Art. 3-2) or a citizens'
 * holiday (国民の休日, Art. 3-3).
 */
public record Holiday(LocalDate date, String nameJa, String nameEn, Kind kind) {

    /** Which paragraph of the law makes the day a holiday. */
    public enum Kind {
        /** 国民の祝日 (Art. 2), or a day a special law treats as one (e.g. 2019-05-01). */
        NATIONAL_HOLIDAY,
        /** 振替休日 (Art. 3-2): a national holiday fell on a Sunday. */
        SUBSTITUTE_HOLIDAY,
        /** 国民の休日 (Art. 3-3): a day between two national holidays. */
        CITIZENS_HOLIDAY
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
    }

    static Holiday national(LocalDate date, String nameJa, String nameEn) {
        return new Holiday(date, nameJa, nameEn, Kind.NATIONAL_HOLIDAY);
    }

    static Holiday substitute(LocalDate date) {
        return new Holiday(date, "振替休日", "Substitute holiday", Kind.SUBSTITUTE_HOLIDAY);
    }

    static Holiday citizens(LocalDate date) {
        return new Holiday(date, "国民の休日", "Citizens' holiday", Kind.CITIZENS_HOLIDAY);
    }
}
