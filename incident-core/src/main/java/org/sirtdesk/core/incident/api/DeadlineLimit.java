package org.sirtdesk.core.incident.api;

/** Which due time of an obligation passed: the target ({@code dueAt}) or the hard limit. */
public enum DeadlineLimit {
    TARGET,
    HARD_LIMIT
}
