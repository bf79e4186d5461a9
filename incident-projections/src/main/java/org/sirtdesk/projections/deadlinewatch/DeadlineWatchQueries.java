package org.sirtdesk.projections.deadlinewatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.sirtdesk.core.incident.api.DeadlineLimit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which open obligations have a due time that passed and has not been recorded as missed yet. */
@Component
public class DeadlineWatchQueries {

    public record PassedDeadline(String incidentId, String obligationId, DeadlineLimit limit, Instant dueAt) {}

    private final JdbcTemplate jdbc;

    public DeadlineWatchQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PassedDeadline> passedAndNotRecorded(Instant now, int max) {
        var at = Timestamp.from(now);
        return jdbc.query(
                """
                SELECT incident_id, obligation_id, 'TARGET' AS limit_kind, due_at AS due FROM deadline_watch
                 WHERE open AND due_at < ? AND (target_missed_for IS NULL OR target_missed_for <> due_at)
                UNION ALL
                SELECT incident_id, obligation_id, 'HARD_LIMIT', hard_due_at FROM deadline_watch
                 WHERE open AND hard_due_at < ? AND (hard_missed_for IS NULL OR hard_missed_for <> hard_due_at)
                ORDER BY due
                LIMIT ?
                """,
                (rs, row) -> new PassedDeadline(
                        rs.getString("incident_id"),
                        rs.getString("obligation_id"),
                        DeadlineLimit.valueOf(rs.getString("limit_kind")),
                        rs.getTimestamp("due").toInstant()),
                at,
                at,
                max);
    }
}
