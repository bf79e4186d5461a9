package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sirtdesk.core.deadline.DeadlineSpec.calendarDays;
import static org.sirtdesk.core.deadline.DeadlineSpec.hours;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeadlineTermsTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(new JapaneseClosureCalendar());

    private static Instant tokyoTime(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Nested
    class Compute {

        @Test
        void givesATargetAndAHardLimitForPromptly() {
            var promptly = DeadlineTerms.of(calendarDays(3), calendarDays(5));

            var deadline = promptly.compute(tokyoTime("2026-06-01T10:00"), calculator);

            assertThat(deadline.dueAt()).isEqualTo(tokyoTime("2026-06-03T23:59:59"));
            assertThat(deadline.optionalHardDueAt()).contains(tokyoTime("2026-06-05T23:59:59"));
        }

        @Test
        void rollsTargetAndHardLimitEachOnTheirOwn() {
            var promptly = DeadlineTerms.of(calendarDays(3), calendarDays(5));

            // day 3 is Sun 05-03 and day 5 Tue 05-05: both roll to Thu 05-07
            var deadline = promptly.compute(tokyoTime("2026-05-01T10:00"), calculator);

            assertThat(deadline.dueAt()).isEqualTo(tokyoTime("2026-05-07T23:59:59"));
            assertThat(deadline.hardDueAt()).isEqualTo(deadline.dueAt());
        }

        @Test
        void hasNoHardLimitUnlessTheTermsGiveOne() {
            var deadline = DeadlineTerms.of(calendarDays(30)).compute(tokyoTime("2026-05-01T10:00"), calculator);

            assertThat(deadline.optionalHardDueAt()).isEmpty();
            assertThat(deadline.dueAt()).isEqualTo(tokyoTime("2026-06-01T23:59:59"));
        }

        @Test
        void refusesAHardLimitShorterThanTheTarget() {
            assertThatThrownBy(() -> DeadlineTerms.of(calendarDays(5), calendarDays(3)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesMixedUnitsThatPutTheHardLimitFirst() {
            var terms = DeadlineTerms.of(hours(48), calendarDays(1));

            assertThatThrownBy(() -> terms.compute(tokyoTime("2026-06-01T10:00"), calculator))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("hard limit");
        }
    }

    @Nested
    class EarliestOfSeveralClocks {

        @Test
        void takesTheEarliestClockForTheSameTerms() {
            var contractorToldUs = tokyoTime("2026-05-28T16:00");
            var departmentKnew = tokyoTime("2026-06-01T09:00");
            var terms = DeadlineTerms.of(calendarDays(3), calendarDays(5));

            var deadline = terms.earliestDue(List.of(departmentKnew, contractorToldUs), calculator);

            // day 3 is Sat 05-30, rolled to Mon 06-01; day 5 is Mon 06-01
            assertThat(deadline)
                    .isEqualTo(Deadline.at(tokyoTime("2026-06-01T23:59:59"), tokyoTime("2026-06-01T23:59:59")));
        }

        @Test
        void takesTheEarliestOfDeadlinesWithDifferentTerms() {
            // DORA-style initial notification: 4 h after classification, at most 24 h after awareness
            var awareness = Instant.parse("2026-06-01T00:00:00Z");
            var classification = Instant.parse("2026-06-01T22:00:00Z");

            var deadline = Deadline.earliestOf(List.of(
                    DeadlineTerms.of(hours(4)).compute(classification, calculator),
                    DeadlineTerms.of(hours(24)).compute(awareness, calculator)));

            assertThat(deadline).isEqualTo(Deadline.at(Instant.parse("2026-06-02T00:00:00Z")));
        }

        @Test
        void keepsTheEarliestHardLimitThereIs() {
            var due = Instant.parse("2026-06-01T00:00:00Z");

            var deadline = Deadline.earliestOf(
                    List.of(Deadline.at(due), Deadline.at(due.plusSeconds(60), due.plusSeconds(600))));

            assertThat(deadline).isEqualTo(Deadline.at(due, due.plusSeconds(600)));
        }

        @Test
        void needsAtLeastOneClock() {
            var terms = DeadlineTerms.of(hours(1));

            assertThatThrownBy(() -> terms.earliestDue(List.of(), calculator))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Deadline.earliestOf(List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
