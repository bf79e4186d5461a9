package org.sirtdesk.core.deadline;

/**
 * The state of an obligation against its deadline (SPEC.md §4), as decided by {@link
 * DeadlineClassifier}. "Overdue" and "late" are measured against the target due time.
 */
public enum DeadlineStatus {
    /** Not met, not waived, more than the due-soon window before the due time. */
    PENDING,
    /** Not met, not waived, less than the due-soon window before the due time (or exactly at it). */
    DUE_SOON,
    /** Not met, not waived, and the due time has passed. */
    OVERDUE,
    /** Met (sent) at or before the due time. */
    MET,
    /** Met (sent) after the due time. */
    MET_LATE,
    /** Waived with an approved reason before it was met. */
    WAIVED;

    /** Whether the obligation still waits for its filing. */
    public boolean isOpen() {
        return this == PENDING || this == DUE_SOON || this == OVERDUE;
    }
}
