package org.sirtdesk.projections.statistics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statistics over the incidents reported in a period, read from the list (counts), the timeline
 * (time to triage: report to {@code TriageStarted}; time to CISO report: {@code IncidentConfirmed}
 * to {@code ReportedToCiso}, first occurrence each) and the obligation records (on-time ratio).
 * Months are counted in Asia/Tokyo.
 */
@Component
public class StatisticsQueries {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(TOKYO);

    private final JdbcTemplate jdbc;

    public StatisticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Statistics statistics(Instant from, Instant to) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var args = new ArrayList<Object>();
        if (from != null) {
            where.append(" AND s.reported_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND s.reported_at < ?");
            args.add(Timestamp.from(to));
        }
        var byCategory = counts("category", where, args);
        var bySeverity = counts("COALESCE(severity, 'UNASSESSED')", where, args);
        var byMonth = new TreeMap<String, Long>();
        jdbc.query(
                "SELECT reported_at FROM incident_summary s" + where,
                rs -> {
                    byMonth.merge(MONTH.format(rs.getTimestamp(1).toInstant()), 1L, Long::sum);
                },
                args.toArray());
        long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
        var triage = durations(
                "SELECT s.reported_at, min(t.at) FROM incident_summary s JOIN incident_timeline t"
                        + " ON t.incident_id = s.incident_id AND t.event_type = 'TriageStarted'" + where
                        + " GROUP BY s.incident_id, s.reported_at",
                args);
        var ciso = durations(
                "SELECT min(c.at), min(r.at) FROM incident_summary s"
                        + " JOIN incident_timeline c ON c.incident_id = s.incident_id AND c.event_type = 'IncidentConfirmed'"
                        + " JOIN incident_timeline r ON r.incident_id = s.incident_id AND r.event_type = 'ReportedToCiso'"
                        + where + " GROUP BY s.incident_id",
                args);
        var onTime = jdbc.query(
                "SELECT o.recipient, count(*), sum(CASE WHEN o.sent_at <= o.due_at THEN 1 ELSE 0 END)"
                        + " FROM obligation_record o JOIN incident_summary s ON s.incident_id = o.incident_id" + where
                        + " AND o.sent_at IS NOT NULL AND o.due_at IS NOT NULL GROUP BY o.recipient ORDER BY o.recipient",
                (rs, i) -> {
                    long sent = rs.getLong(2);
                    long met = rs.getLong(3);
                    return new Statistics.OnTime(rs.getString(1), sent, met, sent == 0 ? 0 : (double) met / sent);
                },
                args.toArray());
        return new Statistics(total, byCategory, bySeverity, byMonth, timing(triage), timing(ciso), onTime);
    }

    private Map<String, Long> counts(String column, StringBuilder where, List<Object> args) {
        var result = new TreeMap<String, Long>();
        jdbc.query(
                "SELECT " + column + ", count(*) FROM incident_summary s" + where + " GROUP BY " + column,
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                },
                args.toArray());
        return result;
    }

    private List<Duration> durations(String sql, List<Object> args) {
        return jdbc.query(
                sql,
                (rs, i) -> Duration.between(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()),
                args.toArray());
    }

    /** Median and p90 by nearest rank; package-private for tests. */
    static Statistics.Timing timing(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new Statistics.Timing(0, null, null);
        }
        var sorted = durations.stream().sorted().toList();
        return new Statistics.Timing(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
    }

    private static Duration rank(List<Duration> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
