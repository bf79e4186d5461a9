package org.sirtdesk.core.incident.api;

/** Where a notification obligation stands. OPEN and WAIVER_REQUESTED are unsettled. */
public enum ObligationStatus {
    OPEN,
    SENT,
    ACKNOWLEDGED,
    WAIVER_REQUESTED,
    WAIVED
}
