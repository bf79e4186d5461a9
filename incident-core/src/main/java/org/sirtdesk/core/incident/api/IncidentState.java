package org.sirtdesk.core.incident.api;

/** Lifecycle states of SPEC §2. */
public enum IncidentState {
    REPORTED,
    TRIAGE,
    NOT_AN_INCIDENT,
    CONFIRMED,
    RESPONDING,
    RECOVERED,
    REVIEW,
    CLOSED
}
