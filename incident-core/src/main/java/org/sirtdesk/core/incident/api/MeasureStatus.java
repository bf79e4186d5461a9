package org.sirtdesk.core.incident.api;

/** Where an ordered recurrence-prevention measure stands. */
public enum MeasureStatus {
    OPEN,
    COMPLETED
}
