package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** A note on the incident (001 Art. 31-9). */
@Revision("1")
public record NoteAdded(String incidentId, String noteId, String text, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
