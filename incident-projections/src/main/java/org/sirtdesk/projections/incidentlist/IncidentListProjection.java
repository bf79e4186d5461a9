package org.sirtdesk.projections.incidentlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.IncidentState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code incident_summary}. Every handler is idempotent (a redelivered event changes
 * nothing), so replays and rebuilds give the same table.
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
        jdbc.update(
                """
                INSERT INTO incident_summary (incident_id, tracking_code, state, severity, category, title,
                    description, department, channel, reporter_id, aware_at, reported_at, facts_json, version)
                SELECT ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM incident_summary WHERE incident_id = ?)
                """,
                event.incidentId(),
                event.trackingCode(),
                IncidentState.REPORTED.name(),
                facts.category().name(),
                facts.title(),
                facts.description(),
                facts.department(),
                event.channel().name(),
                event.actor().userId(),
                timestamp(facts.awareAt()),
                timestamp(event.at()),
                toJson(facts),
                sequenceNumber,
                event.incidentId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM incident_summary");
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts could not be written as JSON", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
