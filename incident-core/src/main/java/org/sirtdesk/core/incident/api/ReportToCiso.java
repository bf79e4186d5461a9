package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead reports the incident to the CISO (001 Art. 18-4, 31-3). A later report with another summary is a follow-up. */
public record ReportToCiso(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String summary)
        implements IncidentCommand {}
