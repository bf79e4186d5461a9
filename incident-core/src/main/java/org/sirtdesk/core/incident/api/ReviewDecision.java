package org.sirtdesk.core.incident.api;

/** The CISO's decision on a recurrence-prevention report (001 Art. 33-2). */
public enum ReviewDecision {
    APPROVE,
    RETURN
}
