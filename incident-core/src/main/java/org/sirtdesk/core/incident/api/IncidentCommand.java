package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.sirtdesk.core.shared.Actor;

/**
 * A command on an existing incident. {@code expectedVersion} (nullable: no check) guards against
 * lost updates (HTTP If-Match); {@code at} is the business time, made at the edge.
 */
public interface IncidentCommand {

    String incidentId();

    Long expectedVersion();

    Actor actor();

    Instant at();
}
