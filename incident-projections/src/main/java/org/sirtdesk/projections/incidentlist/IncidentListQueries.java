package org.sirtdesk.projections.incidentlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the incident list read model. */
@Component
public class IncidentListQueries {

    private static final String COLUMNS =
            "incident_id, tracking_code, state, severity, category, title, description, department, channel,"
                    + " reporter_id, aware_at, reported_at, facts_json, version";

    private final JdbcTemplate jdbc;

    public IncidentListQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IncidentSummary> byId(String incidentId) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM incident_summary WHERE incident_id = ?", this::map, incidentId)
                .stream()
                .findFirst();
    }

    public Optional<IncidentSummary> byTrackingCode(String trackingCode) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM incident_summary WHERE tracking_code = ?", this::map, trackingCode)
                .stream()
                .findFirst();
    }

    /** The version the read model has reached for an incident, or -1 when it has not seen it. */
    public long versionOf(String incidentId) {
        return jdbc
                .query(
                        "SELECT version FROM incident_summary WHERE incident_id = ?",
                        (rs, i) -> rs.getLong(1),
                        incidentId)
                .stream()
                .findFirst()
                .orElse(-1L);
    }

    private IncidentSummary map(ResultSet rs, int row) throws SQLException {
        return new IncidentSummary(
                rs.getString("incident_id"),
                rs.getString("tracking_code"),
                rs.getString("state"),
                rs.getString("severity"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("department"),
                rs.getString("channel"),
                rs.getString("reporter_id"),
                instant(rs.getTimestamp("aware_at")),
                instant(rs.getTimestamp("reported_at")),
                rs.getString("facts_json"),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
