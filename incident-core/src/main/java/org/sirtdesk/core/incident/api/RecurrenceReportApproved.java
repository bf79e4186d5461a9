package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The CISO approved the report (001 Art. 33-2). */
@Revision("1")
public record RecurrenceReportApproved(String incidentId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
