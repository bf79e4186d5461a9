package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead records the lessons learned and with whom they were shared (001 Art. 33-3). */
public record ShareLessons(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String summary,
        List<String> sharedWith)
        implements IncidentCommand {}
