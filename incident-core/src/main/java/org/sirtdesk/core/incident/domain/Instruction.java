package org.sirtdesk.core.incident.domain;

import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.InstructionStatus;

/** An instruction to a named officer (001 Art. 31-4) as the events left it. */
record Instruction(InstructionIssued issued, InstructionStatus status, String result) {

    String id() {
        return issued.instructionId();
    }

    String officer() {
        return issued.officer();
    }

    Instruction with(InstructionStatus newStatus, String newResult) {
        return new Instruction(issued, newStatus, newResult);
    }
}
