package org.sirtdesk.projections.deadlines;

import static org.sirtdesk.projections.jdbc.Times.timestamp;

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
 * replays change nothing. The statements of one batch of events go to the database as JDBC batches,
 * in their order, before it commits.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ObligationRecordProjection {

    private final JdbcTemplate jdbc;
    private final PerBatch<Statements> batch;

    public ObligationRecordProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.batch = new PerBatch<>("deadline-board", () -> new Statements(jdbc));
    }

    @EventHandler
    void on(IncidentReported e) {
        write(
                "INSERT INTO deadline_incident (incident_id, tracking_code) SELECT ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM deadline_incident WHERE incident_id = ?)",
                e.incidentId(),
                e.trackingCode(),
                e.incidentId());
    }

    @EventHandler
    void on(ObligationRaised e, @SequenceNumber long seq) {
        write(
                """
                INSERT INTO obligation_record (obligation_id, incident_id, tracking_code, kind, recipient, basis,
                    status, is_open, clock_start, due_at, hard_due_at, waived, last_seq)
                SELECT ?, ?, (SELECT tracking_code FROM deadline_incident WHERE incident_id = ?), ?, ?, ?, ?, TRUE,
                    ?, ?, ?, FALSE, ?
                WHERE NOT EXISTS (SELECT 1 FROM obligation_record WHERE obligation_id = ?)
                """,
                e.obligationId(),
                e.incidentId(),
                e.incidentId(),
                e.kind(),
                e.recipient(),
                e.basis(),
                ObligationStatus.OPEN.name(),
                timestamp(e.clockStart()),
                timestamp(e.dueAt()),
                timestamp(e.hardDueAt()),
                seq,
                e.obligationId());
    }

    @EventHandler
    void on(ObligationRescheduled e, @SequenceNumber long seq) {
        update(
                e.obligationId(),
                seq,
                "clock_start = ?, due_at = ?, hard_due_at = ?",
                timestamp(e.clockStart()),
                timestamp(e.dueAt()),
                timestamp(e.hardDueAt()));
    }

    @EventHandler
    void on(NotificationSent e, @SequenceNumber long seq) {
        update(
                e.obligationId(),
                seq,
                "status = ?, is_open = FALSE, sent_at = ?, settled_at = ?, channel = ?, reference = ?, sender = ?,"
                        + " summary = ?",
                ObligationStatus.SENT.name(),
                timestamp(e.sentAt()),
                timestamp(e.sentAt()),
                e.channel() == null ? null : e.channel().name(),
                e.reference(),
                e.sender() != null ? e.sender() : e.actor().userId(),
                e.summary());
    }

    @EventHandler
    void on(NotificationAcknowledged e, @SequenceNumber long seq) {
        update(
                e.obligationId(),
                seq,
                "status = ?, reference = COALESCE(reference, ?)",
                ObligationStatus.ACKNOWLEDGED.name(),
                e.reference());
    }

    @EventHandler
    void on(WaiverRequested e, @SequenceNumber long seq) {
        update(e.obligationId(), seq, "status = ?", ObligationStatus.WAIVER_REQUESTED.name());
    }

    @EventHandler
    void on(WaiverApproved e, @SequenceNumber long seq) {
        update(
                e.obligationId(),
                seq,
                "status = ?, is_open = FALSE, waived = TRUE, settled_at = COALESCE(sent_at, ?), sender = COALESCE(sender, ?),"
                        + " summary = COALESCE(summary, ?)",
                ObligationStatus.WAIVED.name(),
                timestamp(e.at()),
                e.actor().userId(),
                "waived: " + (e.comment() == null ? "" : e.comment()));
    }

    @EventHandler
    void on(WaiverRefused e, @SequenceNumber long seq) {
        update(e.obligationId(), seq, "status = ?", ObligationStatus.OPEN.name());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM obligation_record");
        jdbc.update("DELETE FROM deadline_incident");
    }

    private void update(String obligationId, long seq, String assignments, Object... values) {
        var args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = seq;
        args[values.length + 1] = obligationId;
        args[values.length + 2] = seq;
        write(
                "UPDATE obligation_record SET " + assignments
                        + ", last_seq = ? WHERE obligation_id = ? AND last_seq < ?",
                args);
    }

    private void write(String sql, Object... args) {
        batch.add(statements -> statements.update(sql, args));
    }
}
