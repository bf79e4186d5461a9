package org.sirtdesk.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.projections.processing.ReadModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The operators' rebuild on the embedded default database: the bulk replay's SQL runs on H2 too. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:bulk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sirtdesk.processing.replay-page-size=3"
        })
class BulkReplayOnH2Test {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void forgettingTheTokensRebuildsTheTablesInBulkOnH2() {
        for (int n = 1; n <= 3; n++) {
            var id = "h2-bulk-" + n;
            commands.sendAndWait(Reports.report(id));
            commands.sendAndWait(
                    new StartTriage(id, null, Actor.of("sirt1", Role.SIRT), Reports.AWARE.plusSeconds(900), null));
        }
        long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM incident_timeline", Long.class) == stored);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.queryForObject("SELECT sum(version + 1) FROM incident_summary", Long.class) == stored);
        var live = snapshot();

        var processor = processing
                .eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        transactions.executeWithoutResult(status -> {
            ReadModels.TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
            jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", ReadModels.PROCESSING_GROUP);
        });
        processor.start();

        // Axon asks for the initial position inside start(): the tables are complete when it returns.
        assertThat(snapshot()).isEqualTo(live);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM tokenentry WHERE processorname = ?",
                        Long.class,
                        ReadModels.PROCESSING_GROUP))
                .isPositive();
    }

    Map<String, List<Map<String, Object>>> snapshot() {
        var result = new TreeMap<String, List<Map<String, Object>>>();
        for (var table : ReadModels.TABLES) {
            result.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return result;
    }
}
