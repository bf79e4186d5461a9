package org.sirtdesk.core.incident.api;

/** Where the cause and recurrence-prevention report stands (001 Art. 33-1/2). */
public enum RecurrenceReportStatus {
    SUBMITTED,
    RETURNED,
    APPROVED
}
