package org.sirtdesk.projections.incidentlist;

import static org.sirtdesk.projections.jdbc.Times.instant;
import static org.sirtdesk.projections.jdbc.Times.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The stored detail document of an incident, as JSON. */
    public Optional<String> detailJson(String incidentId) {
        return jdbc
                .query(
                        "SELECT detail_json FROM incident_summary WHERE incident_id = ?",
                        (rs, i) -> rs.getString(1),
                        incidentId)
                .stream()
                .findFirst();
    }

    /**
     * One page of the list, newest first (reported time, then id). {@code q} matches a substring of
     * the title or the description, case-insensitively; on PostgreSQL a trigram index serves it.
     */
    public IncidentPage page(IncidentFilter filter, int page, int size) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var args = new ArrayList<Object>();
        condition(where, args, "state = ?", filter.state());
        condition(where, args, "severity = ?", filter.severity());
        condition(where, args, "category = ?", filter.category());
        condition(where, args, "department = ?", filter.department());
        condition(where, args, "reported_at >= ?", timestamp(filter.from()));
        condition(where, args, "reported_at < ?", timestamp(filter.to()));
        if (filter.q() != null) {
            var pattern = "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (lower(title) LIKE ? ESCAPE '\\' OR lower(description) LIKE ? ESCAPE '\\')");
            args.add(pattern);
            args.add(pattern);
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM incident_summary" + where, Long.class, args.toArray());
        var pageArgs = new ArrayList<Object>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        var items = jdbc.query(
                "SELECT " + COLUMNS + " FROM incident_summary" + where
                        + " ORDER BY reported_at DESC, incident_id DESC LIMIT ? OFFSET ?",
                this::map,
                pageArgs.toArray());
        return new IncidentPage(items, page, size, total);
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            args.add(value);
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
}
