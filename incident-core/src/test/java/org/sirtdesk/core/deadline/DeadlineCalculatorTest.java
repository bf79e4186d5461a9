package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sirtdesk.core.deadline.DeadlineSpec.businessDays;
import static org.sirtdesk.core.deadline.DeadlineSpec.calendarDays;
import static org.sirtdesk.core.deadline.DeadlineSpec.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineCalculatorTest {

    private final DeadlineCalculator tokyo = new DeadlineCalculator(new JapaneseClosureCalendar());

    /** An instant written in Tokyo time, e.g. {@code "2026-05-01T10:00"}. */
    private static Instant tokyoTime(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    private static Instant endOfTokyoDay(String date) {
        return tokyoTime(date + "T23:59:59");
    }

    @Test
    void usesTokyoUnlessToldOtherwise() {
        assertThat(tokyo.zone()).isEqualTo(DeadlineCalculator.TOKYO);
        assertThat(tokyo.endOfDay(LocalDate.parse("2026-06-01"))).isEqualTo(Instant.parse("2026-06-01T14:59:59Z"));
    }

    @Nested
    class Hours {

        @Test
        void runsThroughAWeekendAndHolidaysWithoutRolling() {
            var awareness = tokyoTime("2026-05-01T18:00");

            assertThat(tokyo.dueAt(awareness, hours(72))).isEqualTo(tokyoTime("2026-05-04T18:00"));
        }

        @Test
        void fallsOnTheTokyoDateItEndsIn() {
            assertThat(tokyo.dueDate(tokyoTime("2026-05-01T18:00"), hours(72))).isEqualTo("2026-05-04");
        }

        @Test
        void endsExactlyAtTheClockStartForZeroHours() {
            var awareness = Instant.parse("2026-05-02T03:04:05Z");

            assertThat(tokyo.dueAt(awareness, hours(0))).isEqualTo(awareness);
        }

        @Test
        void runsIntoTheYearEndClosure() {
            assertThat(tokyo.dueAt(tokyoTime("2026-12-31T10:00"), hours(24))).isEqualTo(tokyoTime("2027-01-01T10:00"));
        }
    }

    @Nested
    class CalendarDays {

        @ParameterizedTest
        @ValueSource(strings = {"2026-04-30T15:00:00Z", "2026-05-01T03:00:00Z", "2026-05-01T14:59:59Z"})
        void countsTheAwarenessDayAsDayOneAndRollsASundayDueDateToMonday(String awarenessUtc) {
            // Fri 2026-05-01 in Tokyo; day 30 is Sat 05-30, then Sun 05-31, so Mon 06-01
            assertThat(tokyo.dueAt(Instant.parse(awarenessUtc), calendarDays(30)))
                    .isEqualTo(Instant.parse("2026-06-01T14:59:59Z"))
                    .isEqualTo(endOfTokyoDay("2026-06-01"));
        }

        @Test
        void rollsOverTheYearEndClosure() {
            // day 30 is Wed 12-30; 12-29 to 01-03 closed, 01-02/03 a weekend too
            assertThat(tokyo.dueAt(tokyoTime("2026-12-01T09:00"), calendarDays(30)))
                    .isEqualTo(endOfTokyoDay("2027-01-04"));
        }

        @Test
        void rollsOverGoldenWeek() {
            // day 30 is Sat 05-02; 05-03 Sun, 05-04/05 holidays, 05-06 substitute for 05-03
            assertThat(tokyo.dueDate(tokyoTime("2026-04-03T10:00"), calendarDays(30)))
                    .isEqualTo("2026-05-07");
        }

        @Test
        void rollsOffShowaDay() {
            assertThat(tokyo.dueDate(tokyoTime("2026-03-31T10:00"), calendarDays(30)))
                    .isEqualTo("2026-04-30");
        }

        @Test
        void rollsOverTheOrganisationsOwnClosedDays() {
            var ordinance = new DeadlineCalculator(
                    new JapaneseClosureCalendar(Set.of(LocalDate.parse("2026-05-07"), LocalDate.parse("2026-05-08"))));

            // 05-02 to 05-06 closed by law, 05-07/08 by ordinance, 05-09/10 a weekend
            assertThat(ordinance.dueAt(tokyoTime("2026-04-03T10:00"), calendarDays(30)))
                    .isEqualTo(endOfTokyoDay("2026-05-11"));
        }

        @Test
        void countsSixtyDaysForTheUnlawfulPurposeCategory() {
            assertThat(tokyo.dueAt(tokyoTime("2026-05-01T10:00"), calendarDays(60)))
                    .isEqualTo(endOfTokyoDay("2026-06-29"));
        }

        @Test
        void countsSixtyDaysIntoTheYearEndClosure() {
            // day 60 is Tue 12-29
            assertThat(tokyo.dueAt(tokyoTime("2026-10-31T10:00"), calendarDays(60)))
                    .isEqualTo(endOfTokyoDay("2027-01-04"));
        }

        @Test
        void treatsZeroAndOneDayAsTheClockStartDay() {
            assertThat(tokyo.dueAt(tokyoTime("2026-06-01T10:00"), calendarDays(0)))
                    .isEqualTo(endOfTokyoDay("2026-06-01"));
            assertThat(tokyo.dueAt(tokyoTime("2026-06-01T10:00"), calendarDays(1)))
                    .isEqualTo(endOfTokyoDay("2026-06-01"));
            assertThat(tokyo.dueAt(tokyoTime("2026-05-02T10:00"), calendarDays(1)))
                    .isEqualTo(endOfTokyoDay("2026-05-07"));
        }

        @Test
        void staysOnAClosedDayWhenTheRuleOptsOutOfRolling() {
            assertThat(tokyo.dueAt(
                            tokyoTime("2026-04-03T10:00"), calendarDays(30).withoutRollForward()))
                    .isEqualTo(endOfTokyoDay("2026-05-02"));
        }
    }

    @Nested
    class TimeZone {

        @Test
        void countsFromTheTokyoDateOfTheClockStartNotTheUtcDate() {
            var lateOnJune1 = Instant.parse("2026-06-01T14:30:00Z"); // 23:30 on 06-01 in Tokyo
            var earlyOnJune2 = Instant.parse("2026-06-01T15:30:00Z"); // 00:30 on 06-02 in Tokyo

            assertThat(tokyo.dueAt(lateOnJune1, calendarDays(30))).isEqualTo(endOfTokyoDay("2026-06-30"));
            assertThat(tokyo.dueAt(earlyOnJune2, calendarDays(30))).isEqualTo(endOfTokyoDay("2026-07-01"));
        }

        @Test
        void endsTheDayInTheCalculatorsZone() {
            var utc = new DeadlineCalculator(new JapaneseClosureCalendar(), ZoneOffset.UTC);

            assertThat(utc.dueAt(Instant.parse("2026-06-01T15:30:00Z"), calendarDays(30)))
                    .isEqualTo(Instant.parse("2026-06-30T23:59:59Z"));
        }
    }

    @Nested
    class BusinessDays {

        @Test
        void skipsGoldenWeek() {
            // open days after Fri 05-01: Thu 05-07, Fri 05-08, Mon 05-11
            assertThat(tokyo.dueAt(tokyoTime("2026-05-01T14:00"), businessDays(3)))
                    .isEqualTo(endOfTokyoDay("2026-05-11"));
        }

        @Test
        void skipsTheSilverWeekHolidays() {
            // Sat 09-19, Sun 09-20, 敬老の日 09-21, 国民の休日 09-22, 秋分の日 09-23
            assertThat(tokyo.dueDate(tokyoTime("2026-09-18T17:00"), businessDays(1)))
                    .isEqualTo("2026-09-24");
        }

        @Test
        void skipsTheYearEndClosure() {
            assertThat(tokyo.dueDate(tokyoTime("2026-12-25T10:00"), businessDays(5)))
                    .isEqualTo("2027-01-07");
        }

        @Test
        void countsTheNextOpenDayAsDayOne() {
            assertThat(tokyo.dueDate(tokyoTime("2026-06-01T10:00"), businessDays(1)))
                    .isEqualTo("2026-06-02");
        }

        @Test
        void rollsTheClockStartDayForwardForZeroDays() {
            assertThat(tokyo.dueDate(tokyoTime("2026-05-03T10:00"), businessDays(0)))
                    .isEqualTo("2026-05-07");
            assertThat(tokyo.dueDate(tokyoTime("2026-06-01T10:00"), businessDays(0)))
                    .isEqualTo("2026-06-01");
            assertThat(tokyo.dueDate(
                            tokyoTime("2026-05-03T10:00"), businessDays(0).withoutRollForward()))
                    .isEqualTo("2026-05-03");
        }
    }

    @Nested
    class Misconfiguration {

        @Test
        void refusesACalendarWithNoOpenDay() {
            var alwaysClosed = new DeadlineCalculator(date -> true);

            assertThatThrownBy(() -> alwaysClosed.dueAt(tokyoTime("2026-06-01T10:00"), calendarDays(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no open day");
        }

        @Test
        void refusesADueDateBeyondTheSupportedYears() {
            assertThatThrownBy(() -> tokyo.dueAt(tokyoTime("2099-12-20T10:00"), calendarDays(30)))
                    .isInstanceOf(UnsupportedYearException.class);
        }
    }
}
