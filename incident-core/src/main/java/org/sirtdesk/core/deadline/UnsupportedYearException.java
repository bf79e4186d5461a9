package org.sirtdesk.core.deadline;

/**
 * A date lies outside the years whose Japanese holidays this package can compute. The
 * equinox formula is valid for 1980–2099 and the holiday rules are modelled from 2000 on, so
 * the supported range is {@value JapaneseHolidays#FIRST_SUPPORTED_YEAR}–{@value
 * JapaneseHolidays#LAST_SUPPORTED_YEAR}.
 */
public final class UnsupportedYearException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int year;

    public UnsupportedYearException(int year) {
        super("Japanese holidays are computed for the years "
                + JapaneseHolidays.FIRST_SUPPORTED_YEAR
                + "–"
                + JapaneseHolidays.LAST_SUPPORTED_YEAR
                + " only; "
                + year
                + " is outside that range");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
