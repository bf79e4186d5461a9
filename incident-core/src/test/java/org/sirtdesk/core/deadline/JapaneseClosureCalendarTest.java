package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sirtdesk.core.deadline.ClosureReason.Kind;

class JapaneseClosureCalendarTest {

    private final JapaneseClosureCalendar calendar = new JapaneseClosureCalendar();

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Nested
    class ClosedDays {

        @Test
        void isOpenOnAnOrdinaryWeekday() {
            assertThat(calendar.isClosed(day("2026-06-01"))).isFalse();
            assertThat(calendar.isOpen(day("2026-06-01"))).isTrue();
            assertThat(calendar.closureReason(day("2026-06-01"))).isEmpty();
        }

        @Test
        void isClosedOnSaturdaysAndSundays() {
            assertThat(calendar.closureReason(day("2026-05-30")))
                    .contains(new ClosureReason(Kind.WEEKEND, "土曜日", "Saturday"));
            assertThat(calendar.closureReason(day("2026-05-31")))
                    .contains(new ClosureReason(Kind.WEEKEND, "日曜日", "Sunday"));
        }

        @Test
        void isClosedOnNationalSubstituteAndCitizensHolidays() {
            assertThat(calendar.closureReason(day("2026-05-04")).orElseThrow().nameJa())
                    .isEqualTo("みどりの日");
            assertThat(calendar.closureReason(day("2026-05-06")).orElseThrow().nameJa())
                    .isEqualTo("振替休日");
            assertThat(calendar.closureReason(day("2026-09-22")).orElseThrow().nameJa())
                    .isEqualTo("国民の休日");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"})
        void isClosedFromDecember29ToJanuary3(String date) {
            assertThat(calendar.isClosed(day(date))).isTrue();
        }

        @Test
        void namesTheYearEndClosureOnWeekdaysAndTheHolidayOnNewYearsDay() {
            assertThat(calendar.closureReason(day("2026-12-29"))).contains(ClosureReason.yearEnd());
            assertThat(calendar.closureReason(day("2026-01-02"))).contains(ClosureReason.yearEnd());
            assertThat(calendar.closureReason(day("2027-01-01")).orElseThrow().nameJa())
                    .isEqualTo("元日");
        }

        @Test
        void isOpenJustBeforeAndAfterTheYearEndClosure() {
            assertThat(calendar.isClosed(day("2026-12-28"))).isFalse();
            assertThat(calendar.isClosed(day("2027-01-04"))).isFalse();
        }

        @Test
        void canLeaveOutTheYearEndClosure() {
            var withoutYearEnd = calendar.withoutYearEndClosure();

            assertThat(withoutYearEnd.isClosed(day("2026-12-29"))).isFalse();
            assertThat(withoutYearEnd.isClosed(day("2027-01-01"))).isTrue();
            assertThat(withoutYearEnd.hasYearEndClosure()).isFalse();
        }

        @Test
        void isClosedOnTheOrganisationsOwnClosedDays() {
            var ordinance = new JapaneseClosureCalendar(Set.of(day("2026-06-19")));

            assertThat(ordinance.closureReason(day("2026-06-19"))).contains(ClosureReason.organisationDay());
            assertThat(calendar.isClosed(day("2026-06-19"))).isFalse();
            assertThat(ordinance.withExtraClosedDays(Set.of(day("2026-06-18"))).extraClosedDays())
                    .containsExactlyInAnyOrder(day("2026-06-18"), day("2026-06-19"));
        }

        @Test
        void findsTheNthOpenDayAfterADate() {
            assertThat(calendar.nthOpenDayAfter(day("2026-05-01"), 1)).isEqualTo("2026-05-07");
            assertThat(calendar.nthOpenDayAfter(day("2026-05-03"), 0)).isEqualTo("2026-05-03");
            assertThatThrownBy(() -> calendar.nthOpenDayAfter(day("2026-05-01"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsDatesOutsideTheSupportedYears() {
            assertThatThrownBy(() -> calendar.isClosed(day("2100-01-04"))).isInstanceOf(UnsupportedYearException.class);
            assertThatThrownBy(() -> calendar.closedDays(1999)).isInstanceOf(UnsupportedYearException.class);
        }
    }

    @Nested
    class ClosedDaysOfAYear {

        @Test
        void listsEveryClosedDayOf2026WithItsReason() {
            var days = calendar.closedDays(2026);

            // 104 weekend days, 17 holidays on weekdays, 4 weekdays of the year-end closure
            assertThat(days).hasSize(125);
            assertThat(days.firstKey()).isEqualTo(day("2026-01-01"));
            assertThat(days.get(day("2026-01-01")).nameJa()).isEqualTo("元日");
            assertThat(days.get(day("2026-01-02")).nameJa()).isEqualTo("年末年始");
            assertThat(days.get(day("2026-05-03")).nameJa()).isEqualTo("憲法記念日");
            assertThat(days.get(day("2026-05-06")).nameJa()).isEqualTo("振替休日");
            assertThat(days.get(day("2026-09-22")).nameJa()).isEqualTo("国民の休日");
            assertThat(days).doesNotContainKey(day("2026-12-28"));
            assertThat(days.lastKey()).isEqualTo(day("2026-12-31"));
        }

        @Test
        void listsTheOrganisationsOwnDays() {
            var days = new JapaneseClosureCalendar(Set.of(day("2026-06-19"))).closedDays(2026);

            assertThat(days.get(day("2026-06-19"))).isEqualTo(ClosureReason.organisationDay());
            assertThat(days).hasSize(126);
        }
    }
}
