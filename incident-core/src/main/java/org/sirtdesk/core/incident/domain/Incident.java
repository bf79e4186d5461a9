package org.sirtdesk.core.incident.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;

/** The incident aggregate: decides on commands, changes state only from events. */
class Incident {

    @AggregateIdentifier
    private String incidentId;

    @AggregateVersion
    private Long version;

    private IncidentState state;

    Incident() {
        // required by Axon
    }

    @CommandHandler
    Incident(ReportIncident command) {
        var violations = ReportRules.check(command);
        if (!violations.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The report is incomplete", violations);
        }
        apply(new IncidentReported(
                command.incidentId(),
                command.trackingCode(),
                command.channel(),
                command.facts(),
                command.actor(),
                command.reportedAt(),
                "001 Art. 31-1"));
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        this.incidentId = event.incidentId();
        this.state = IncidentState.REPORTED;
    }

    IncidentState state() {
        return state;
    }
}
