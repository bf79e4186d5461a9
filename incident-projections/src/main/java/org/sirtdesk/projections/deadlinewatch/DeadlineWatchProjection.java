package org.sirtdesk.projections.deadlinewatch;

import static org.sirtdesk.projections.jdbc.Times.timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sirtdesk.core.incident.api.DeadlineLimit;
import org.sirtdesk.core.incident.api.DeadlineMissed;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code deadline_watch}: which obligations are open, when they are due, what was recorded missed. */
@Component
@ProcessingGroup(DeadlineWatchProjection.PROCESSING_GROUP)
public class DeadlineWatchProjection {

    public static final String PROCESSING_GROUP = "deadline-watch";

    private final JdbcTemplate jdbc;

    public DeadlineWatchProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ObligationRaised event) {
        jdbc.update(
                """
                INSERT INTO deadline_watch (obligation_id, incident_id, due_at, hard_due_at, open)
                SELECT ?, ?, ?, ?, TRUE
                WHERE NOT EXISTS (SELECT 1 FROM deadline_watch WHERE obligation_id = ?)
                """,
                event.obligationId(),
                event.incidentId(),
                timestamp(event.dueAt()),
                timestamp(event.hardDueAt()),
                event.obligationId());
    }

    @EventHandler
    void on(ObligationRescheduled event) {
        jdbc.update(
                "UPDATE deadline_watch SET due_at = ?, hard_due_at = ? WHERE obligation_id = ?",
                timestamp(event.dueAt()),
                timestamp(event.hardDueAt()),
                event.obligationId());
    }

    @EventHandler
    void on(NotificationSent event) {
        open(event.obligationId(), false);
    }

    @EventHandler
    void on(WaiverApproved event) {
        open(event.obligationId(), false);
    }

    @EventHandler
    void on(WaiverRefused event) {
        open(event.obligationId(), true);
    }

    @EventHandler
    void on(DeadlineMissed event) {
        var column = event.limit() == DeadlineLimit.TARGET ? "target_missed_for" : "hard_missed_for";
        jdbc.update(
                "UPDATE deadline_watch SET " + column + " = ? WHERE obligation_id = ?",
                timestamp(event.dueAt()),
                event.obligationId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM deadline_watch");
    }

    private void open(String obligationId, boolean open) {
        jdbc.update("UPDATE deadline_watch SET open = ? WHERE obligation_id = ?", open, obligationId);
    }
}
