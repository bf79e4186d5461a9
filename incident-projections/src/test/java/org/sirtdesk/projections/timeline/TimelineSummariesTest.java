package org.sirtdesk.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sirtdesk.projections.Events;

class TimelineSummariesTest {

    @Test
    void everyEventTypeHasAShortSummaryWithoutItsFreeTexts() {
        for (var event : Events.oneOfEach()) {
            var summary = TimelineSummaries.summary(event);
            assertThat(summary)
                    .as(event.getClass().getSimpleName())
                    .isNotBlank()
                    .hasSizeLessThan(300);
            assertThat(summary).doesNotContain("Lost on the train");
        }
    }
}
