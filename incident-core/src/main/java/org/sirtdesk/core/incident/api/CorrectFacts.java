package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Severity;

/** Corrects or completes the facts as they become known; re-evaluates the notification obligations. {@code severity} null: unchanged. */
public record CorrectFacts(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        FactsCorrection facts,
        Severity severity,
        String reason)
        implements IncidentCommand {}
