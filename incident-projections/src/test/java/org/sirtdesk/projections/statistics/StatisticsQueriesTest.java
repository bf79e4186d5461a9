package org.sirtdesk.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatisticsQueriesTest {

    @Test
    void medianAndP90AreNearestRanks() {
        var minutes = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();
        var timing = StatisticsQueries.timing(minutes);
        assertThat(timing.count()).isEqualTo(10);
        assertThat(timing.median()).isEqualTo(Duration.ofMinutes(5));
        assertThat(timing.p90()).isEqualTo(Duration.ofMinutes(9));
    }

    @Test
    void nothingToMeasureGivesNoTimes() {
        var timing = StatisticsQueries.timing(List.of());
        assertThat(timing.count()).isZero();
        assertThat(timing.median()).isNull();
        assertThat(StatisticsQueries.timing(List.of(Duration.ofHours(2))).p90()).isEqualTo(Duration.ofHours(2));
    }
}
