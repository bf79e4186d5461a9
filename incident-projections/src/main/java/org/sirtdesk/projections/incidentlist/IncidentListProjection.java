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
import org.sirtdesk.projections.processing.ReadModelProgress;
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
            INSERT INTO incident_summary (incident_id, tracking_code, channel, reporter_id, reported_at, state,
                severity, category, title, description, department, aware_at, facts_json, detail_json, version)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM incident_summary WHERE incident_id = ?)
            """;

    private static final String UPDATE = """
            UPDATE incident_summary SET state = ?, severity = ?, category = ?, title = ?, description = ?,
                department = ?, aware_at = ?, facts_json = ?, detail_json = ?, version = ?
            WHERE incident_id = ? AND version < ?
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadModelProgress progress;
    private final PerBatch<Rows> batch;

    public IncidentListProjection(JdbcTemplate jdbc, ObjectMapper json, ReadModelProgress progress) {
        this.jdbc = jdbc;
        this.json = json;
        this.progress = progress;
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

    /**
     * The rows one batch touches: the reports that start a row, and the latest document of every
     * row. A row reported in this batch is inserted with its document as the batch leaves it, so it
     * is written once; it is updated as well only if it was already there.
     */
    private final class Rows implements PerBatch.Pending {

        private final Map<String, Current> current = new HashMap<>();
        private final Map<String, IncidentReported> reports = new LinkedHashMap<>();
        private final Set<String> changed = new LinkedHashSet<>();
        private final Map<String, Long> written = new HashMap<>();

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
            reports.put(event.incidentId(), event);
            current.put(
                    event.incidentId(),
                    new Current(sequenceNumber, IncidentDetailFold.apply(null, event, sequenceNumber)));
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
            var update = new LinkedHashSet<>(changed);
            if (!reports.isEmpty()) {
                var ids = new ArrayList<String>(reports.size());
                var rows = new ArrayList<Object[]>(reports.size());
                reports.forEach((incidentId, event) -> {
                    ids.add(incidentId);
                    rows.add(insert(event, current.get(incidentId)));
                });
                var inserted = jdbc.batchUpdate(INSERT, rows);
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i] == 1) {
                        update.remove(ids.get(i));
                    } else {
                        update.add(ids.get(i));
                    }
                }
            }
            if (!update.isEmpty()) {
                var rows = new ArrayList<Object[]>(update.size());
                for (var incidentId : update) {
                    rows.add(update(incidentId, current.get(incidentId)));
                }
                jdbc.batchUpdate(UPDATE, rows);
            }
            // once this commits, every row the batch looked at holds at least the version it has here
            current.forEach((incidentId, row) -> written.put(incidentId, row.version()));
            current.clear();
            reports.clear();
            changed.clear();
        }

        @Override
        public void committed() {
            progress.committed(written);
            written.clear();
        }

        private Object[] insert(IncidentReported event, Current row) {
            return columns(
                    new Object[] {
                        event.incidentId(),
                        event.trackingCode(),
                        event.channel().name(),
                        event.actor().userId(),
                        timestamp(event.at())
                    },
                    row,
                    event.incidentId());
        }

        private Object[] update(String incidentId, Current row) {
            return columns(new Object[0], row, incidentId, row.version());
        }

        /** {@code before}, then the columns both statements take from the document, then {@code after}. */
        private Object[] columns(Object[] before, Current row, Object... after) {
            var detail = row.detail();
            var facts = detail.facts();
            Object[] document = {
                detail.state().name(),
                detail.severity() == null ? null : detail.severity().name(),
                facts.category().name(),
                facts.title(),
                facts.description(),
                facts.department(),
                timestamp(facts.awareAt()),
                toJson(facts),
                toJson(detail),
                row.version()
            };
            var all = new Object[before.length + document.length + after.length];
            System.arraycopy(before, 0, all, 0, before.length);
            System.arraycopy(document, 0, all, before.length, document.length);
            System.arraycopy(after, 0, all, before.length + document.length, after.length);
            return all;
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
