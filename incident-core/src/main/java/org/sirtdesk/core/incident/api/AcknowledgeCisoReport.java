package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The CISO acknowledges the latest report to the CISO. */
public record AcknowledgeCisoReport(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String comment)
        implements IncidentCommand {}
