package org.sirtdesk.core.incident.api;

/** Where an instruction to an officer stands. */
public enum InstructionStatus {
    OPEN,
    ACKNOWLEDGED,
    COMPLETED
}
