package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.sirtdesk.core.shared.Actor;

/** A notification duty arose from the facts and the organisation profile. {@code rule} describes the rule as it was; the due times were computed then. {@code dueAt} is null when the rule has no due time, {@code hardDueAt} when it has no hard limit. */
@Revision("1")
public record ObligationRaised(
        String incidentId,
        String obligationId,
        String kind,
        String recipient,
        String rule,
        Instant clockStart,
        Instant dueAt,
        Instant hardDueAt,
        Actor actor,
        Instant at,
        String basis)
        implements IncidentEvent {}
