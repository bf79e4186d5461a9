package org.sirtdesk.core.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The holidays of Japan under the 国民の祝日に関する法律 for {@value #FIRST_SUPPORTED_YEAR}–{@value
 * #LAST_SUPPORTED_YEAR}: the national holidays proper, substitute holidays (振替休日) and citizens'
 * holidays (国民の休日), each by the rule in force in that year.
 *
 * <ul>
 *   <li>振替休日: a national holiday on a Sunday makes the next day that is not a national
 *       holiday a holiday (from 2007; before, only the Monday, if not itself a national holiday).
 *   <li>国民の休日: a day that is not a national holiday, between two national holidays (before
 *       2007 not when that day was a Sunday or a substitute holiday).
 * </ul>
 *
 * <p>Years after the latest official announcement are projections of the current law: the
 * equinox days are fixed each February for the next year, and the law can change. An
 * organisation can add closed days through {@link JapaneseClosureCalendar}.
 *
 * <p>The table is computed once and is immutable.
 */
public final class JapaneseHolidays {

    public static final int FIRST_SUPPORTED_YEAR = 2000;
    public static final int LAST_SUPPORTED_YEAR = 2099;

    private static final Map<Integer, List<Holiday>> BY_YEAR = computeByYear();
    private static final Map<LocalDate, Holiday> BY_DATE = indexByDate(BY_YEAR);

    private JapaneseHolidays() {}

    /** Every holiday of the year, in date order. */
    public static List<Holiday> holidaysIn(int year) {
        requireSupported(year);
        return BY_YEAR.get(year);
    }

    /** The holiday on that date, if there is one. */
    public static Optional<Holiday> holidayOn(LocalDate date) {
        requireSupported(date.getYear());
        return Optional.ofNullable(BY_DATE.get(date));
    }

    public static boolean isHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    public static boolean isSupported(int year) {
        return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
    }

    /** Throws {@link UnsupportedYearException} for a year outside the supported range. */
    public static void requireSupported(int year) {
        if (!isSupported(year)) {
            throw new UnsupportedYearException(year);
        }
    }

    static List<Holiday> compute(int year) {
        var national = new TreeMap<LocalDate, Holiday>();
        NationalHolidayRules.of(year).forEach(h -> national.put(h.date(), h));
        var all = new TreeMap<>(national);
        boolean rulesOf2007 = year >= 2007;
        for (var holiday : national.values()) {
            if (holiday.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
                var day = holiday.date().plusDays(1);
                while (rulesOf2007 && national.containsKey(day)) {
                    day = day.plusDays(1);
                }
                all.putIfAbsent(day, Holiday.substitute(day));
            }
        }
        for (var holiday : national.values()) {
            var between = holiday.date().plusDays(1);
            boolean sandwiched = national.containsKey(between.plusDays(1)) && !all.containsKey(between);
            if (sandwiched && (rulesOf2007 || between.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                all.put(between, Holiday.citizens(between));
            }
        }
        return List.copyOf(all.values());
    }

    private static Map<Integer, List<Holiday>> computeByYear() {
        var byYear = new HashMap<Integer, List<Holiday>>();
        for (int year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
            byYear.put(year, compute(year));
        }
        return Map.copyOf(byYear);
    }

    private static Map<LocalDate, Holiday> indexByDate(Map<Integer, List<Holiday>> byYear) {
        var byDate = new HashMap<LocalDate, Holiday>();
        byYear.values().forEach(list -> list.forEach(h -> byDate.put(h.date(), h)));
        return Map.copyOf(byDate);
    }
}
