package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

@Revision("1")
public record IncidentReported(
        String incidentId,
        String trackingCode,
        ReportChannel channel,
        ReportFacts facts,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
