package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The SIRT lead reported to the CISO (001 Art. 18-4, 31-3). */
@Revision("1")
public record ReportedToCiso(String incidentId, String summary, Actor actor, Instant at, String basis)
        implements IncidentEvent {}
