package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** An officer submits the cause and recurrence-prevention report with the proposed measures (001 Art. 33-1); allowed again after a return. */
public record SubmitRecurrenceReport(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String cause,
        List<RecurrenceMeasure> measures)
        implements IncidentCommand {}
