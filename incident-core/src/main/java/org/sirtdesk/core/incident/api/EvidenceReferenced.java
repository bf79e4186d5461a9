package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** A reference to evidence kept elsewhere (001 Art. 31-9). */
@Revision("1")
public record EvidenceReferenced(
        String incidentId,
        String evidenceId,
        String reference,
        String description,
        String sha256,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
