package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Severity;

/** Assessed as an incident with a severity (001 Art. 31-2). */
@Revision("1")
public record IncidentConfirmed(
        String incidentId, Severity severity, String reason, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
