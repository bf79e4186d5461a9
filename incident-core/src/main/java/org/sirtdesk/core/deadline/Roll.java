package org.sirtdesk.core.deadline;

/** What happens when a day-based due date falls on a closed day. */
public enum Roll {
    /** The due date moves to the next open day (the default for day units). */
    FORWARD,
    /** The due date stays on the closed day (the only choice for hours). */
    NONE
}
