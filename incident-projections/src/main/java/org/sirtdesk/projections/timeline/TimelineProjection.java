package org.sirtdesk.projections.timeline;

import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.projections.processing.PerBatch;
import org.sirtdesk.projections.processing.ReadModels;
import org.sirtdesk.projections.processing.Statements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code incident_timeline}: one row per event, keyed by (incident, sequence number), so
 * a replayed event's insert is a no-op; the rows of one batch of events are inserted as one JDBC
 * batch before it commits (on PostgreSQL rewritten into multi-row inserts, see
 * PostgresBatchInserts in the application).
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class TimelineProjection {

    private final JdbcTemplate jdbc;
    private final PerBatch<Statements> batch;

    public TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.batch = new PerBatch<>("incident-timeline", () -> new Statements(jdbc));
    }

    @EventHandler
    void on(IncidentEvent event, @SequenceNumber long sequenceNumber) {
        var summary = TimelineSummaries.summary(event);
        batch.add(statements -> statements.update(
                """
                INSERT INTO incident_timeline (incident_id, seq, at, event_type, actor_id, actor_role, summary, basis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """,
                event.incidentId(),
                sequenceNumber,
                Timestamp.from(event.at()),
                event.getClass().getSimpleName(),
                event.actor().userId(),
                event.actor().role().name(),
                summary,
                event.basis()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM incident_timeline");
    }

    /** The incident's entries in stream order; empty when the incident is unknown. */
    public List<TimelineEntry> timeline(String incidentId) {
        return jdbc.query(
                "SELECT at, event_type, actor_id, actor_role, summary, basis FROM incident_timeline"
                        + " WHERE incident_id = ? ORDER BY seq",
                (rs, i) -> new TimelineEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                incidentId);
    }
}
