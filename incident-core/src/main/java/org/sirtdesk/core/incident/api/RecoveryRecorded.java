package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** Operations are recovered (001 Art. 31-4). */
@Revision("1")
public record RecoveryRecorded(String incidentId, String summary, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
