package org.sirtdesk.projections.statistics;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Counts and timings for management and disclosure (SPEC §5, 004 §3.7). Durations are ISO-8601;
 * {@code null} when there is nothing to measure.
 */
public record Statistics(
        long incidents,
        Map<String, Long> byCategory,
        Map<String, Long> bySeverity,
        Map<String, Long> byMonth,
        Timing timeToTriage,
        Timing timeToCisoReport,
        List<OnTime> onTimeByRecipient) {

    /** Median and 90th percentile (nearest rank) over {@code count} incidents. */
    public record Timing(long count, Duration median, Duration p90) {}

    /** Notifications sent on time ({@code sentAt <= dueAt}) out of those sent, per recipient. */
    public record OnTime(String recipient, long sent, long onTime, double ratio) {}
}
