package org.sirtdesk.projections.incidentlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.projections.incidentdetail.IncidentDetailFold;
import org.sirtdesk.projections.incidentdetail.IncidentDetailView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code incident_summary}: the list columns and the detail document, both from {@link
 * IncidentDetailFold}. Idempotent: an event whose sequence number the row has already reached changes
 * nothing, so replays and rebuilds give the same table.
 */
@Component
@ProcessingGroup(IncidentListProjection.PROCESSING_GROUP)
public class IncidentListProjection {

    public static final String PROCESSING_GROUP = "incident-list";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public IncidentListProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(IncidentReported event, @SequenceNumber long sequenceNumber) {
        var facts = event.facts();
        var detail = IncidentDetailFold.apply(null, event, sequenceNumber);
        jdbc.update(
                """
                INSERT INTO incident_summary (incident_id, tracking_code, state, severity, category, title,
                    description, department, channel, reporter_id, aware_at, reported_at, facts_json, detail_json,
                    version)
                SELECT ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM incident_summary WHERE incident_id = ?)
                """,
                event.incidentId(),
                event.trackingCode(),
                detail.state().name(),
                facts.category().name(),
                facts.title(),
                facts.description(),
                facts.department(),
                event.channel().name(),
                event.actor().userId(),
                timestamp(facts.awareAt()),
                timestamp(event.at()),
                toJson(facts),
                toJson(detail),
                sequenceNumber,
                event.incidentId());
    }

    @EventHandler
    void on(IncidentEvent event, @SequenceNumber long sequenceNumber) {
        if (event instanceof IncidentReported reported) {
            on(reported, sequenceNumber);
            return;
        }
        var stored = jdbc
                .query(
                        "SELECT version, detail_json FROM incident_summary WHERE incident_id = ?",
                        (rs, i) -> new Stored(rs.getLong(1), rs.getString(2)),
                        event.incidentId())
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No list row for incident " + event.incidentId()));
        if (stored.version() >= sequenceNumber) {
            return;
        }
        var detail = IncidentDetailFold.apply(fromJson(stored.detailJson()), event, sequenceNumber);
        var facts = detail.facts();
        jdbc.update(
                """
                UPDATE incident_summary SET state = ?, severity = ?, category = ?, title = ?, description = ?,
                    department = ?, aware_at = ?, facts_json = ?, detail_json = ?, version = ?
                WHERE incident_id = ? AND version < ?
                """,
                detail.state().name(),
                detail.severity() == null ? null : detail.severity().name(),
                facts.category().name(),
                facts.title(),
                facts.description(),
                facts.department(),
                timestamp(facts.awareAt()),
                toJson(facts),
                toJson(detail),
                sequenceNumber,
                event.incidentId(),
                sequenceNumber);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM incident_summary");
    }

    private record Stored(long version, String detailJson) {}

    private IncidentDetailView fromJson(String text) {
        try {
            return json.readValue(text, IncidentDetailView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored detail is not readable", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Value could not be written as JSON", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
