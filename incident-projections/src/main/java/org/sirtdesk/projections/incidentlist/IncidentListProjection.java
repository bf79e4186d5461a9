package org.sirtdesk.projections.incidentlist;

import static org.sirtdesk.projections.jdbc.Times.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.projections.incidentdetail.IncidentDetailFold;
import org.sirtdesk.projections.incidentdetail.IncidentDetailView;
import org.sirtdesk.projections.processing.PerBatch;
import org.sirtdesk.projections.processing.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code incident_summary}: the list columns and the detail document, both from {@link
 * IncidentDetailFold}. Idempotent: an event whose sequence number the row has already reached changes
 * nothing, so replays and rebuilds give the same table.
 *
 * <p>Within one batch of events the documents are folded in memory and each touched row is written
 * once, just before the batch commits ({@link PerBatch}).
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class IncidentListProjection {

    private static final String INSERT = """
            INSERT INTO incident_summary (incident_id, tracking_code, state, severity, category, title,
                description, department, channel, reporter_id, aware_at, reported_at, facts_json, detail_json,
                version)
            SELECT ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM incident_summary WHERE incident_id = ?)
            """;

    private static final String UPDATE = """
            UPDATE incident_summary SET state = ?, severity = ?, category = ?, title = ?, description = ?,
                department = ?, aware_at = ?, facts_json = ?, detail_json = ?, version = ?
            WHERE incident_id = ? AND version < ?
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PerBatch<Rows> batch;

    public IncidentListProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.batch = new PerBatch<>("incident-list", Rows::new);
    }

    @EventHandler
    void on(IncidentEvent event, @SequenceNumber long sequenceNumber) {
        batch.add(rows -> rows.apply(event, sequenceNumber));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM incident_summary");
    }

    /** The row's document as far as this batch has taken it. */
    private record Current(long version, IncidentDetailView detail) {}

    /** The rows one batch touches: new rows to insert, and the latest document of every changed row. */
    private final class Rows implements PerBatch.Pending {

        private final Map<String, Current> current = new HashMap<>();
        private final Map<String, Object[]> inserts = new LinkedHashMap<>();
        private final Set<String> changed = new LinkedHashSet<>();

        void apply(IncidentEvent event, long sequenceNumber) {
            if (event instanceof IncidentReported reported) {
                report(reported, sequenceNumber);
                return;
            }
            var row = current(event.incidentId());
            if (row.version() >= sequenceNumber) {
                return;
            }
            var detail = IncidentDetailFold.apply(row.detail(), event, sequenceNumber);
            current.put(event.incidentId(), new Current(sequenceNumber, detail));
            changed.add(event.incidentId());
        }

        /**
         * A report starts the document, so folding from here gives the whole state whatever the table
         * already holds: the insert only happens when the row is absent, and the update only when the
         * table is behind.
         */
        private void report(IncidentReported event, long sequenceNumber) {
            var known = current.get(event.incidentId());
            if (known != null && known.version() >= sequenceNumber) {
                return;
            }
            var facts = event.facts();
            var detail = IncidentDetailFold.apply(null, event, sequenceNumber);
            inserts.put(event.incidentId(), new Object[] {
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
                event.incidentId()
            });
            current.put(event.incidentId(), new Current(sequenceNumber, detail));
        }

        private Current current(String incidentId) {
            var known = current.get(incidentId);
            if (known != null) {
                return known;
            }
            var stored = jdbc
                    .query(
                            "SELECT version, detail_json FROM incident_summary WHERE incident_id = ?",
                            (rs, i) -> new Current(rs.getLong(1), fromJson(rs.getString(2))),
                            incidentId)
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No list row for incident " + incidentId));
            current.put(incidentId, stored);
            return stored;
        }

        @Override
        public void flush() {
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate(INSERT, new ArrayList<>(inserts.values()));
            }
            if (!changed.isEmpty()) {
                var updates = new ArrayList<Object[]>(changed.size());
                for (var incidentId : changed) {
                    var row = current.get(incidentId);
                    var detail = row.detail();
                    var facts = detail.facts();
                    updates.add(new Object[] {
                        detail.state().name(),
                        detail.severity() == null ? null : detail.severity().name(),
                        facts.category().name(),
                        facts.title(),
                        facts.description(),
                        facts.department(),
                        timestamp(facts.awareAt()),
                        toJson(facts),
                        toJson(detail),
                        row.version(),
                        incidentId,
                        row.version()
                    });
                }
                jdbc.batchUpdate(UPDATE, updates);
            }
            current.clear();
            inserts.clear();
            changed.clear();
        }
    }

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
}
