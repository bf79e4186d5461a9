package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The CISO ordered the report's measures (001 Art. 33-2). */
@Revision("1")
public record MeasuresOrdered(
        String incidentId, List<RecurrenceMeasure> measures, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
