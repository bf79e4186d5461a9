package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadlineSpecTest {

    @Test
    void rollsDayBasedDeadlinesForwardByDefault() {
        assertThat(DeadlineSpec.calendarDays(30).rollsForward()).isTrue();
        assertThat(DeadlineSpec.businessDays(4).rollsForward()).isTrue();
        assertThat(new DeadlineSpec(30, DurationUnit.CALENDAR_DAYS).roll()).isEqualTo(Roll.FORWARD);
    }

    @Test
    void neverRollsHours() {
        assertThat(DeadlineSpec.hours(72).rollsForward()).isFalse();
        assertThat(DeadlineSpec.hours(72).roll()).isEqualTo(Roll.NONE);
        assertThatThrownBy(() -> new DeadlineSpec(72, DurationUnit.HOURS, Roll.FORWARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never roll");
    }

    @Test
    void letsADayBasedRuleOptOutOfRolling() {
        var spec = DeadlineSpec.calendarDays(30).withoutRollForward();

        assertThat(spec.rollsForward()).isFalse();
        assertThat(spec).isEqualTo(new DeadlineSpec(30, DurationUnit.CALENDAR_DAYS, Roll.NONE));
    }

    @Test
    void takesTheDefaultRollOfTheUnitWhenNoneIsGiven() {
        assertThat(new DeadlineSpec(5, DurationUnit.CALENDAR_DAYS, null)).isEqualTo(DeadlineSpec.calendarDays(5));
        assertThat(new DeadlineSpec(5, DurationUnit.HOURS, null)).isEqualTo(DeadlineSpec.hours(5));
    }

    @Test
    void rejectsNegativeHugeOrUnitlessAmounts() {
        assertThatThrownBy(() -> DeadlineSpec.hours(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineSpec.calendarDays(DeadlineSpec.MAX_AMOUNT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineSpec(1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
