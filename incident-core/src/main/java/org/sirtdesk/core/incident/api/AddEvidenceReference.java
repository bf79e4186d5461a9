package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sirtdesk.core.shared.Actor;

/** References evidence kept elsewhere (location or URI, description, optional SHA-256) on an open incident (001 Art. 31-9). */
public record AddEvidenceReference(
        @TargetAggregateIdentifier String incidentId,
        @TargetAggregateVersion Long expectedVersion,
        Actor actor,
        Instant at,
        String evidenceId,
        String reference,
        String description,
        String sha256)
        implements IncidentCommand {}
