package org.sirtdesk.core.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The closed days of a Japanese public body (REGULATIONS.md, "Japanese day counting"):
 * Saturdays, Sundays, the holidays of {@link JapaneseHolidays}, 29 December – 3 January (年末年始,
 * can be switched off), and the organisation's own closed days, e.g. by ordinance.
 *
 * <p>Immutable. Asking about a date outside {@value JapaneseHolidays#FIRST_SUPPORTED_YEAR}–{@value
 * JapaneseHolidays#LAST_SUPPORTED_YEAR} throws {@link UnsupportedYearException}.
 */
public final class JapaneseClosureCalendar implements ClosureCalendar {

    private static final MonthDay YEAR_END_FIRST_DAY = MonthDay.of(12, 29);
    private static final MonthDay YEAR_END_LAST_DAY = MonthDay.of(1, 3);

    private final Set<LocalDate> extraClosedDays;
    private final boolean yearEndClosure;

    /** Weekends, national holidays and 年末年始; no organisation days. */
    public JapaneseClosureCalendar() {
        this(Set.of());
    }

    /** Weekends, national holidays, 年末年始 and the given organisation closed days. */
    public JapaneseClosureCalendar(Set<LocalDate> extraClosedDays) {
        this(extraClosedDays, true);
    }

    private JapaneseClosureCalendar(Set<LocalDate> extraClosedDays, boolean yearEndClosure) {
        this.extraClosedDays = Set.copyOf(Objects.requireNonNull(extraClosedDays, "extraClosedDays"));
        this.yearEndClosure = yearEndClosure;
    }

    /** The same calendar without the 29 December – 3 January closure. */
    public JapaneseClosureCalendar withoutYearEndClosure() {
        return new JapaneseClosureCalendar(extraClosedDays, false);
    }

    /** The same calendar with more organisation closed days. */
    public JapaneseClosureCalendar withExtraClosedDays(Set<LocalDate> more) {
        var days = new HashSet<>(extraClosedDays);
        days.addAll(more);
        return new JapaneseClosureCalendar(days, yearEndClosure);
    }

    @Override
    public boolean isClosed(LocalDate date) {
        return closureReason(date).isPresent();
    }

    /**
     * Why the day is closed, or empty when it is open. When several reasons apply, a holiday
     * comes first, then 年末年始, then an organisation day, then the weekend.
     */
    public Optional<ClosureReason> closureReason(LocalDate date) {
        var holiday = JapaneseHolidays.holidayOn(date);
        if (holiday.isPresent()) {
            return holiday.map(ClosureReason::holiday);
        }
        if (yearEndClosure && isYearEnd(date)) {
            return Optional.of(ClosureReason.yearEnd());
        }
        if (extraClosedDays.contains(date)) {
            return Optional.of(ClosureReason.organisationDay());
        }
        var dayOfWeek = date.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
            return Optional.of(ClosureReason.weekend(dayOfWeek));
        }
        return Optional.empty();
    }

    /** Every closed day of the year with its reason, in date order. */
    public SortedMap<LocalDate, ClosureReason> closedDays(int year) {
        JapaneseHolidays.requireSupported(year);
        var days = new TreeMap<LocalDate, ClosureReason>();
        for (var day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            var date = day;
            closureReason(date).ifPresent(reason -> days.put(date, reason));
        }
        return Collections.unmodifiableSortedMap(days);
    }

    public Set<LocalDate> extraClosedDays() {
        return extraClosedDays;
    }

    public boolean hasYearEndClosure() {
        return yearEndClosure;
    }

    private static boolean isYearEnd(LocalDate date) {
        var monthDay = MonthDay.from(date);
        return !monthDay.isBefore(YEAR_END_FIRST_DAY) || !monthDay.isAfter(YEAR_END_LAST_DAY);
    }
}
