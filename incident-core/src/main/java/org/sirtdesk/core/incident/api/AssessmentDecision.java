package org.sirtdesk.core.incident.api;

/** Outcome of the SIRT assessment (001 Art. 31-2). */
public enum AssessmentDecision {
    INCIDENT,
    NOT_INCIDENT
}
