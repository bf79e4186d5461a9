package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** The due times of an unsettled obligation changed because the facts did (e.g. severity raised to CRITICAL, unlawful purpose found, awareness time corrected). */
@Revision("1")
public record ObligationRescheduled(
        String incidentId,
        String obligationId,
        Instant clockStart,
        Instant dueAt,
        Instant hardDueAt,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
