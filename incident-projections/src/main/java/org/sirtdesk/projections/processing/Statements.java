package org.sirtdesk.projections.processing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SQL statements kept in the order they were added and sent as JDBC batches: each run of
 * consecutive statements with the same text is one batch. The effect is that of running them one by
 * one, in order.
 */
public final class Statements implements PerBatch.Pending {

    private record Statement(String sql, Object[] args) {}

    private final JdbcTemplate jdbc;
    private final List<Statement> statements = new ArrayList<>();

    public Statements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String sql, Object... args) {
        statements.add(new Statement(sql, args));
    }

    @Override
    public void flush() {
        int start = 0;
        while (start < statements.size()) {
            var sql = statements.get(start).sql();
            int end = start;
            var run = new ArrayList<Object[]>();
            while (end < statements.size() && statements.get(end).sql().equals(sql)) {
                run.add(statements.get(end).args());
                end++;
            }
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else {
                jdbc.batchUpdate(sql, run);
            }
            start = end;
        }
        statements.clear();
    }
}
