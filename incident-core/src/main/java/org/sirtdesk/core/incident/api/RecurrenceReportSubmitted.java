package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** An officer submitted the cause and recurrence-prevention report (001 Art. 33-1). */
@Revision("1")
public record RecurrenceReportSubmitted(
        String incidentId, String cause, List<RecurrenceMeasure> measures, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
