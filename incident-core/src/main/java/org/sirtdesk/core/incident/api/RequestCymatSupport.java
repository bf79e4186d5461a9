package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead asks for CYMAT support (001 Art. 31-10); raises the CYMAT obligation where the profile has one. */
public record RequestCymatSupport(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String reason)
        implements IncidentCommand {}
