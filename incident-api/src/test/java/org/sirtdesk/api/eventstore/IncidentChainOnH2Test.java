package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sirtdesk.api.eventstore.IntegrityReport.Reason;
import org.sirtdesk.api.support.Reports;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chain on the embedded default database: same migration, same engine, same verifier. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:chain;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sirtdesk.read-your-writes.timeout=PT0S"
        })
class IncidentChainOnH2Test {

    @Autowired
    CommandGateway commands;

    @Autowired
    IncidentChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsAppendedOnH2AreChainedAndATamperedTimestampIsNamed() {
        var id = "h2-" + System.nanoTime();
        commands.sendAndWait(Reports.report(id));
        commands.sendAndWait(
                new StartTriage(id, null, Actor.of("sirt1", Role.SIRT), Reports.AWARE.plusSeconds(900), null));

        var intact = verifier.verify(id).orElseThrow();
        assertThat(intact.verified()).isTrue();
        assertThat(intact.events()).isEqualTo(2);
        assertThat(intact.headHash()).matches("[0-9a-f]{64}");

        jdbc.update(
                "UPDATE domainevententry SET timestamp = '2000-01-01T00:00:00Z'"
                        + " WHERE aggregateidentifier = ? AND sequencenumber = 0",
                id);
        var tampered = verifier.verify(id).orElseThrow();
        assertThat(tampered.verified()).isFalse();
        assertThat(tampered.firstBrokenLink().sequenceNumber()).isZero();
        assertThat(tampered.firstBrokenLink().reason()).isEqualTo(Reason.EVENT_CHANGED);
        assertThat(verifier.verify("unknown-" + id)).isEmpty();
    }
}
