package org.sirtdesk.projections;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database (PostgreSQL mode, as the embedded default) with the read-model schema. */
public final class ReadModelDatabase {

    public final JdbcTemplate jdbc;
    public final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public ReadModelDatabase() {
        var url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/readmodel", "classpath:db/readmodel-vendor/h2")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    public List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql);
    }
}
