package org.sirtdesk.projections.deadlines;

import static org.sirtdesk.projections.jdbc.Times.timestamp;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.incident.api.WaiverRequested;
import org.sirtdesk.projections.processing.PerBatch;
import org.sirtdesk.projections.processing.ReadModels;
import org.sirtdesk.projections.processing.Statements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code obligation_record}: one row per notification obligation, read by the deadline
 * board (open rows by due time) and the compliance export (settled rows by settled time). Each row
 * keeps the sequence number of the last event applied; an update only applies a later event, so
 * replays change nothing.
 *
 * <p>Within one batch of events, an obligation raised in the batch is kept in memory and its later
 * events change it there, so it is inserted once, as the batch leaves it; should the row already
 * exist (a replay), its updates are sent after all. Updates of obligations raised in earlier batches
 * go to the database as JDBC batches, in their order, before the batch commits.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ObligationRecordProjection {

    private static final String INSERT = """
            INSERT INTO obligation_record (obligation_id, incident_id, tracking_code, kind, recipient, basis,
                status, is_open, clock_start, due_at, hard_due_at, sent_at, waived, settled_at, channel, reference,
                sender, summary, last_seq)
            SELECT ?, ?, (SELECT tracking_code FROM deadline_incident WHERE incident_id = ?), ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM obligation_record WHERE obligation_id = ?)
            """;

    private final JdbcTemplate jdbc;
    private final PerBatch<Rows> batch;

    public ObligationRecordProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.batch = new PerBatch<>("deadline-board", Rows::new);
    }

    @EventHandler
    void on(IncidentReported e) {
        batch.add(rows -> rows.incidents.update(
                "INSERT INTO deadline_incident (incident_id, tracking_code) SELECT ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM deadline_incident WHERE incident_id = ?)",
                e.incidentId(),
                e.trackingCode(),
                e.incidentId()));
    }

    @EventHandler
    void on(ObligationRaised e, @SequenceNumber long seq) {
        var row = new Row(
                e.obligationId(), e.incidentId(), e.kind(), e.recipient(), e.basis(), seq, new Statements(jdbc));
        row.clockStart = timestamp(e.clockStart());
        row.dueAt = timestamp(e.dueAt());
        row.hardDueAt = timestamp(e.hardDueAt());
        batch.add(rows -> rows.raised.putIfAbsent(e.obligationId(), row));
    }

    @EventHandler
    void on(ObligationRescheduled e, @SequenceNumber long seq) {
        var clockStart = timestamp(e.clockStart());
        var dueAt = timestamp(e.dueAt());
        var hardDueAt = timestamp(e.hardDueAt());
        update(
                e.obligationId(),
                seq,
                row -> {
                    row.clockStart = clockStart;
                    row.dueAt = dueAt;
                    row.hardDueAt = hardDueAt;
                },
                "clock_start = ?, due_at = ?, hard_due_at = ?",
                clockStart,
                dueAt,
                hardDueAt);
    }

    @EventHandler
    void on(NotificationSent e, @SequenceNumber long seq) {
        var sentAt = timestamp(e.sentAt());
        var channel = e.channel() == null ? null : e.channel().name();
        var sender = e.sender() != null ? e.sender() : e.actor().userId();
        update(
                e.obligationId(),
                seq,
                row -> {
                    row.status = ObligationStatus.SENT.name();
                    row.open = false;
                    row.sentAt = sentAt;
                    row.settledAt = sentAt;
                    row.channel = channel;
                    row.reference = e.reference();
                    row.sender = sender;
                    row.summary = e.summary();
                },
                "status = ?, is_open = FALSE, sent_at = ?, settled_at = ?, channel = ?, reference = ?, sender = ?,"
                        + " summary = ?",
                ObligationStatus.SENT.name(),
                sentAt,
                sentAt,
                channel,
                e.reference(),
                sender,
                e.summary());
    }

    @EventHandler
    void on(NotificationAcknowledged e, @SequenceNumber long seq) {
        update(
                e.obligationId(),
                seq,
                row -> {
                    row.status = ObligationStatus.ACKNOWLEDGED.name();
                    row.reference = row.reference != null ? row.reference : e.reference();
                },
                "status = ?, reference = COALESCE(reference, ?)",
                ObligationStatus.ACKNOWLEDGED.name(),
                e.reference());
    }

    @EventHandler
    void on(WaiverRequested e, @SequenceNumber long seq) {
        var status = ObligationStatus.WAIVER_REQUESTED.name();
        update(e.obligationId(), seq, row -> row.status = status, "status = ?", status);
    }

    @EventHandler
    void on(WaiverApproved e, @SequenceNumber long seq) {
        var at = timestamp(e.at());
        var approver = e.actor().userId();
        var summary = "waived: " + (e.comment() == null ? "" : e.comment());
        update(
                e.obligationId(),
                seq,
                row -> {
                    row.status = ObligationStatus.WAIVED.name();
                    row.open = false;
                    row.waived = true;
                    row.settledAt = row.sentAt != null ? row.sentAt : at;
                    row.sender = row.sender != null ? row.sender : approver;
                    row.summary = row.summary != null ? row.summary : summary;
                },
                "status = ?, is_open = FALSE, waived = TRUE, settled_at = COALESCE(sent_at, ?), sender = COALESCE(sender, ?),"
                        + " summary = COALESCE(summary, ?)",
                ObligationStatus.WAIVED.name(),
                at,
                approver,
                summary);
    }

    @EventHandler
    void on(WaiverRefused e, @SequenceNumber long seq) {
        var status = ObligationStatus.OPEN.name();
        update(e.obligationId(), seq, row -> row.status = status, "status = ?", status);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM obligation_record");
        jdbc.update("DELETE FROM deadline_incident");
    }

    /**
     * One change of an obligation, twice: {@code change} applies it to a row this batch holds in
     * memory, {@code assignments} to the stored row. Both only take an event later than the row's last.
     */
    private void update(String obligationId, long seq, Consumer<Row> change, String assignments, Object... values) {
        var args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = seq;
        args[values.length + 1] = obligationId;
        args[values.length + 2] = seq;
        var sql = "UPDATE obligation_record SET " + assignments
                + ", last_seq = ? WHERE obligation_id = ? AND last_seq < ?";
        batch.add(rows -> rows.update(obligationId, seq, change, sql, args));
    }

    /** An obligation raised in this batch, as far as the batch has taken it. */
    private static final class Row {
        final String obligationId;
        final String incidentId;
        final String kind;
        final String recipient;
        final String basis;
        String status = ObligationStatus.OPEN.name();
        boolean open = true;
        Timestamp clockStart;
        Timestamp dueAt;
        Timestamp hardDueAt;
        Timestamp sentAt;
        boolean waived;
        Timestamp settledAt;
        String channel;
        String reference;
        String sender;
        String summary;
        long lastSeq;
        /** The stored-row form of every change applied, sent only if the row already exists. */
        final Statements stored;

        Row(
                String obligationId,
                String incidentId,
                String kind,
                String recipient,
                String basis,
                long seq,
                Statements stored) {
            this.obligationId = obligationId;
            this.incidentId = incidentId;
            this.kind = kind;
            this.recipient = recipient;
            this.basis = basis;
            this.lastSeq = seq;
            this.stored = stored;
        }

        Object[] insert() {
            return new Object[] {
                obligationId,
                incidentId,
                incidentId,
                kind,
                recipient,
                basis,
                status,
                open,
                clockStart,
                dueAt,
                hardDueAt,
                sentAt,
                waived,
                settledAt,
                channel,
                reference,
                sender,
                summary,
                lastSeq,
                obligationId
            };
        }
    }

    /** The work of one batch, written in this order: reported incidents, raised obligations, updates. */
    private final class Rows implements PerBatch.Pending {

        private final Statements incidents = new Statements(jdbc);
        private final Map<String, Row> raised = new LinkedHashMap<>();
        private final Statements updates = new Statements(jdbc);

        void update(String obligationId, long seq, Consumer<Row> change, String sql, Object[] args) {
            var row = raised.get(obligationId);
            if (row == null) {
                updates.update(sql, args);
                return;
            }
            if (row.lastSeq < seq) {
                change.accept(row);
                row.lastSeq = seq;
            }
            row.stored.update(sql, args);
        }

        @Override
        public void flush() {
            incidents.flush();
            if (!raised.isEmpty()) {
                var rows = new ArrayList<>(raised.values());
                var inserted =
                        jdbc.batchUpdate(INSERT, rows.stream().map(Row::insert).toList());
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i] != 1) {
                        rows.get(i).stored.flush();
                    }
                }
                raised.clear();
            }
            updates.flush();
        }
    }
}
