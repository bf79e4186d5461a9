package org.sirtdesk.projections.deadlines;

import static org.sirtdesk.projections.jdbc.Times.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sirtdesk.core.deadline.Deadline;
import org.sirtdesk.core.deadline.DeadlineClassifier;
import org.sirtdesk.core.deadline.DeadlineStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deadline board (SPEC §4): obligations across incidents, soonest first. The status is computed
 * at query time from the stored due times with {@link DeadlineClassifier} and the clock; the open
 * statuses are first narrowed in SQL by due-time ranges so the index on {@code (is_open, due_at)}
 * serves the query.
 */
@Component
public class DeadlineBoard {

    private static final Set<DeadlineStatus> OPEN =
            EnumSet.of(DeadlineStatus.PENDING, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeadlineClassifier classifier;

    public DeadlineBoard(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.classifier = DeadlineClassifier.withDefaultWindow();
    }

    /**
     * @param statuses wanted statuses, never empty
     * @param recipient the recipient display name or the kind code, or {@code null} for all
     * @param limit at most this many entries
     */
    public List<DeadlineEntry> board(Set<DeadlineStatus> statuses, String recipient, int limit) {
        var now = clock.instant();
        var result = new ArrayList<DeadlineEntry>();
        var open = EnumSet.copyOf(statuses);
        open.retainAll(OPEN);
        if (!open.isEmpty()) {
            var where = new StringBuilder("is_open = TRUE");
            var args = new ArrayList<Object>();
            openRange(open, now, where, args);
            result.addAll(select(where, args, recipient, limit, now));
        }
        var settled = EnumSet.copyOf(statuses);
        settled.removeAll(OPEN);
        if (!settled.isEmpty()) {
            var ranges = new ArrayList<String>();
            if (settled.contains(DeadlineStatus.MET)) {
                ranges.add("(sent_at IS NOT NULL AND (due_at IS NULL OR sent_at <= due_at))");
            }
            if (settled.contains(DeadlineStatus.MET_LATE)) {
                ranges.add("sent_at > due_at");
            }
            if (settled.contains(DeadlineStatus.WAIVED)) {
                ranges.add("(sent_at IS NULL AND waived = TRUE)");
            }
            var where = new StringBuilder("is_open = FALSE AND (" + String.join(" OR ", ranges) + ")");
            result.addAll(select(where, new ArrayList<>(), recipient, limit, now));
        }
        return result.stream()
                .filter(e -> statuses.contains(e.status()))
                .sorted(DeadlineBoard::soonestFirst)
                .limit(limit)
                .toList();
    }

    private static int soonestFirst(DeadlineEntry a, DeadlineEntry b) {
        if (a.dueAt() == null || b.dueAt() == null) {
            return a.dueAt() == null ? (b.dueAt() == null ? a.obligationId().compareTo(b.obligationId()) : 1) : -1;
        }
        int byDue = a.dueAt().compareTo(b.dueAt());
        return byDue != 0 ? byDue : a.obligationId().compareTo(b.obligationId());
    }

    private void openRange(Set<DeadlineStatus> open, Instant now, StringBuilder where, List<Object> args) {
        if (open.size() == OPEN.size()) {
            return;
        }
        var soon = now.plus(classifier.dueSoonWindow());
        var ranges = new ArrayList<String>();
        if (open.contains(DeadlineStatus.OVERDUE)) {
            ranges.add("due_at < ?");
            args.add(Timestamp.from(now));
        }
        if (open.contains(DeadlineStatus.DUE_SOON)) {
            ranges.add("(due_at >= ? AND due_at < ?)");
            args.add(Timestamp.from(now));
            args.add(Timestamp.from(soon));
        }
        if (open.contains(DeadlineStatus.PENDING)) {
            ranges.add("due_at >= ? OR due_at IS NULL");
            args.add(Timestamp.from(soon));
        }
        where.append(" AND (").append(String.join(" OR ", ranges)).append(")");
    }

    private List<DeadlineEntry> select(
            StringBuilder where, List<Object> args, String recipient, int limit, Instant now) {
        if (recipient != null) {
            where.append(" AND (recipient = ? OR kind = ?)");
            args.add(recipient);
            args.add(recipient);
        }
        args.add(limit);
        return jdbc.query(
                "SELECT incident_id, tracking_code, obligation_id, kind, recipient, basis, clock_start, due_at,"
                        + " hard_due_at, sent_at, waived FROM obligation_record WHERE " + where
                        + " ORDER BY due_at, obligation_id LIMIT ?",
                (rs, i) -> map(rs, now),
                args.toArray());
    }

    private DeadlineEntry map(ResultSet rs, Instant now) throws SQLException {
        var due = instant(rs.getTimestamp("due_at"));
        var hard = instant(rs.getTimestamp("hard_due_at"));
        var sent = instant(rs.getTimestamp("sent_at"));
        boolean waived = rs.getBoolean("waived");
        DeadlineStatus status;
        java.time.Duration remaining = null;
        boolean pastHard = false;
        if (due == null) {
            status = sent != null ? DeadlineStatus.MET : waived ? DeadlineStatus.WAIVED : DeadlineStatus.PENDING;
        } else {
            var assessment = classifier.classify(new Deadline(due, hard), sent, waived, now);
            status = assessment.status();
            remaining = assessment.remaining();
            pastHard = assessment.pastHardLimit();
        }
        return new DeadlineEntry(
                rs.getString("incident_id"),
                rs.getString("tracking_code"),
                rs.getString("obligation_id"),
                rs.getString("kind"),
                rs.getString("recipient"),
                rs.getString("basis"),
                instant(rs.getTimestamp("clock_start")),
                due,
                hard,
                sent,
                status,
                remaining,
                pastHard);
    }
}
