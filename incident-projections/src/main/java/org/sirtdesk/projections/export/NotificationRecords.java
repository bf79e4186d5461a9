package org.sirtdesk.projections.export;

import static org.sirtdesk.projections.jdbc.Times.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the notification records of a period, oldest first, one row at a time: a JDBC fetch size
 * inside a read-only transaction (PostgreSQL only uses a cursor without auto-commit) and a row
 * callback, so memory stays constant however many records there are.
 */
@org.springframework.stereotype.Component
public class NotificationRecords {

    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public NotificationRecords(JdbcTemplate dataSourceJdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSourceJdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Settled between {@code from} (inclusive) and {@code to} (exclusive); either may be null. */
    public void forEach(Instant from, Instant to, Consumer<NotificationRecord> sink) {
        var where = new StringBuilder("is_open = FALSE AND settled_at IS NOT NULL");
        var args = new java.util.ArrayList<Object>();
        if (from != null) {
            where.append(" AND settled_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND settled_at < ?");
            args.add(Timestamp.from(to));
        }
        RowCallbackHandler row = rs -> {
            var due = instant(rs.getTimestamp("due_at"));
            var sent = instant(rs.getTimestamp("sent_at"));
            sink.accept(new NotificationRecord(
                    rs.getString("incident_id"),
                    rs.getString("tracking_code"),
                    rs.getString("obligation_id"),
                    rs.getString("kind"),
                    rs.getString("recipient"),
                    rs.getString("basis"),
                    instant(rs.getTimestamp("clock_start")),
                    due,
                    sent,
                    sent == null || due == null ? null : !sent.isAfter(due),
                    rs.getBoolean("waived"),
                    rs.getString("channel"),
                    rs.getString("reference"),
                    rs.getString("sender"),
                    rs.getString("summary")));
        };
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT incident_id, tracking_code, obligation_id, kind, recipient, basis, clock_start, due_at,"
                        + " sent_at, waived, channel, reference, sender, summary FROM obligation_record WHERE "
                        + where + " ORDER BY settled_at, obligation_id",
                row,
                args.toArray()));
    }
}
