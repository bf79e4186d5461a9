package org.sirtdesk.core.incident.api;

/** An explicit yes / no / unknown: a report never guesses a fact it does not have. */
public enum TriState {
    YES,
    NO,
    UNKNOWN;

    public static TriState orUnknown(TriState value) {
        return value == null ? UNKNOWN : value;
    }

    public boolean isYes() {
        return this == YES;
    }
}
