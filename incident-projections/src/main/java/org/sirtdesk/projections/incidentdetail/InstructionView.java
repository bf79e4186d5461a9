package org.sirtdesk.projections.incidentdetail;

import java.time.Instant;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.InstructionStatus;

/** An instruction to a named officer (001 Art. 31-4). */
public record InstructionView(
        String instructionId,
        InstructionKind kind,
        String officer,
        String system,
        InstructionStatus status,
        Instant dueAt,
        String result) {

    InstructionView with(InstructionStatus newStatus, String newResult) {
        return new InstructionView(instructionId, kind, officer, system, newStatus, dueAt, newResult);
    }
}
