package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead shared the lessons learned (001 Art. 33-3). */
@Revision("1")
public record LessonsShared(
        String incidentId, String summary, List<String> sharedWith, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
