package org.sirtdesk.core.incident.api;

/** How a report reached the SIRT (001 Art. 30-1, 30-5, 31-1; 002 §(9) contractor duty). */
public enum ReportChannel {
    INTERNAL_FORM,
    API,
    EXTERNAL_WINDOW,
    CONTRACTOR,
    PHONE_LOG
}
