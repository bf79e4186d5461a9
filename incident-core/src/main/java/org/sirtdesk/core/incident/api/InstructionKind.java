package org.sirtdesk.core.incident.api;

/** What an instruction to an officer asks for (001 Art. 31-4). */
public enum InstructionKind {
    CONTAINMENT,
    RECOVERY,
    CHECK_OTHER_SYSTEM
}
