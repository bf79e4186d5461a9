package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** SIRT started confirming the situation (001 Art. 31-2). */
@Revision("1")
public record TriageStarted(String incidentId, String note, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
