package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Severity;

/** The facts as known after a correction: the whole report facts, severity and whether others may be affected, with the names of the fields that changed. */
@Revision("1")
public record FactsCorrected(
        String incidentId,
        ReportFacts facts,
        Severity severity,
        TriState mayAffectOthers,
        List<String> changedFields,
        String reason,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
