package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Severity;

/** The SIRT lead assesses a report as an incident or not (001 Art. 31-2). For {@code INCIDENT} a severity is required; for {@code NOT_INCIDENT} a reason. {@code facts} may correct the report at the same time (null: unchanged). */
public record AssessIncident(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        AssessmentDecision decision,
        String reason,
        Severity severity,
        FactsCorrection facts)
        implements IncidentCommand {}
