package org.sirtdesk.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sirtdesk.core.deadline.DeadlineSpec;
import org.sirtdesk.core.deadline.DeadlineTerms;

class TermsTest {

    @Test
    void readsHoursCalendarDaysAndBusinessDays() {
        assertThat(Terms.parse("24h")).isEqualTo(DeadlineSpec.hours(24));
        assertThat(Terms.parse(" 30D ")).isEqualTo(DeadlineSpec.calendarDays(30));
        assertThat(Terms.parse("5bd")).isEqualTo(DeadlineSpec.businessDays(5));
        assertThat(Terms.parse(null)).isNull();
        assertThat(Terms.parse(" ")).isNull();
    }

    @Test
    void rejectsAnythingElse() {
        assertThatThrownBy(() -> Terms.parse("3 weeks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Terms.parse("-1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Terms.terms(null, "5d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesTermsForTheRecord() {
        assertThat(Terms.describe(Terms.terms("3d", "5d"))).isEqualTo("3d, hard 5d");
        assertThat(Terms.describe(DeadlineTerms.of(DeadlineSpec.calendarDays(7).withoutRollForward())))
                .isEqualTo("7d (no roll)");
        assertThat(Terms.describe(null)).isEqualTo("no due time");
    }
}
