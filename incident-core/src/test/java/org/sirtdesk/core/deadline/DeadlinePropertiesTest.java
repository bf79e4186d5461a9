package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DeadlinePropertiesTest {

    private static final LocalDate FIRST_START = LocalDate.of(2000, 1, 1);
    private static final int START_DAYS = 36_300; // clock starts up to mid-2099

    private final JapaneseClosureCalendar calendar = new JapaneseClosureCalendar();
    private final DeadlineCalculator calculator = new DeadlineCalculator(calendar);

    private static Instant clockStart(int dayOffset, int secondOfDay) {
        return FIRST_START
                .plusDays(dayOffset)
                .atStartOfDay(DeadlineCalculator.TOKYO)
                .plusSeconds(secondOfDay)
                .toInstant();
    }

    @Property(tries = 500)
    void calendarDayDeadlinesFallOnTheFirstOpenDayFromDayN(
            @ForAll @IntRange(min = 0, max = START_DAYS) int dayOffset,
            @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay,
            @ForAll @LongRange(min = 0, max = 120) long days) {
        var start = clockStart(dayOffset, secondOfDay);
        var dayN = LocalDate.ofInstant(start, DeadlineCalculator.TOKYO).plusDays(Math.max(days - 1, 0));

        var due = calculator.dueDate(start, DeadlineSpec.calendarDays(days));

        assertThat(calendar.isClosed(due)).isFalse();
        assertThat(due).isAfterOrEqualTo(dayN);
        assertThat(dayN.datesUntil(due)).allMatch(calendar::isClosed);
        assertThat(calculator.dueAt(start, DeadlineSpec.calendarDays(days))).isEqualTo(calculator.endOfDay(due));
    }

    @Property(tries = 500)
    void businessDayDeadlinesFallOnTheNthOpenDayAfterTheStart(
            @ForAll @IntRange(min = 0, max = START_DAYS) int dayOffset,
            @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay,
            @ForAll @LongRange(min = 1, max = 60) long days) {
        var start = clockStart(dayOffset, secondOfDay);
        var startDate = LocalDate.ofInstant(start, DeadlineCalculator.TOKYO);

        var due = calculator.dueDate(start, DeadlineSpec.businessDays(days));

        assertThat(calendar.isClosed(due)).isFalse();
        assertThat(startDate.plusDays(1).datesUntil(due.plusDays(1)).filter(calendar::isOpen))
                .hasSize((int) days);
    }

    @Property(tries = 200)
    void hourDeadlinesAreExactlyNHoursLater(
            @ForAll @IntRange(min = 0, max = START_DAYS) int dayOffset,
            @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay,
            @ForAll @LongRange(min = 0, max = 2_000) long hours) {
        var start = clockStart(dayOffset, secondOfDay);

        assertThat(calculator.dueAt(start, DeadlineSpec.hours(hours))).isEqualTo(start.plusSeconds(hours * 3600));
    }
}
