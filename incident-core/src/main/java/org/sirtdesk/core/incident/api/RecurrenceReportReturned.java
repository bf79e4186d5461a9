package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The CISO returned the report with comments; it may be resubmitted. */
@Revision("1")
public record RecurrenceReportReturned(String incidentId, String comment, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
