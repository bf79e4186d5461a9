package org.sirtdesk.api.command;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.springframework.stereotype.Component;

/**
 * Records a report from any channel (API, employee form, external window): makes the ids, sends
 * {@code ReportIncident} and answers once the status of the report can be read.
 */
@Component
public class ReportIntake {

    private final CommandGateway commands;
    private final IncidentIds ids;
    private final IncidentListQueries incidents;
    private final ReadModelAwait readModel;
    private final Clock clock;

    public ReportIntake(
            CommandGateway commands,
            IncidentIds ids,
            IncidentListQueries incidents,
            ReadModelAwait readModel,
            Clock clock) {
        this.commands = commands;
        this.ids = ids;
        this.incidents = incidents;
        this.readModel = readModel;
        this.clock = clock;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /**
     * With an idempotency key the ids come from the reporter and the key, so a retried request finds
     * the first report and records nothing new.
     */
    public IncidentIds.NewIncident receive(
            ReportChannel channel, ReportFacts facts, Actor reporter, Instant receivedAt, String idempotencyKey) {
        var incident = idempotencyKey == null ? ids.next() : ids.forIdempotencyKey(reporter.userId(), idempotencyKey);
        LongSupplier version = () -> incidents.versionOf(incident.incidentId());
        try (var watch = readModel.watch(incident.incidentId())) {
            try {
                commands.sendAndWait(new ReportIncident(
                        incident.incidentId(), incident.trackingCode(), channel, facts, reporter, receivedAt));
            } catch (ConcurrencyException | AggregateStreamCreationException alreadyReported) {
                if (idempotencyKey == null) {
                    throw alreadyReported;
                }
                // a repeated request: the first one's row is usually there already
                watch.untilLookingFirst(version, 0);
                return incident;
            }
            watch.until(version, 0);
        }
        return incident;
    }
}
