package org.sirtdesk.core.incident.domain;

import java.util.List;
import java.util.Objects;
import org.sirtdesk.core.incident.api.AcknowledgeInstruction;
import org.sirtdesk.core.incident.api.CompleteInstruction;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionAcknowledged;
import org.sirtdesk.core.incident.api.InstructionCompleted;
import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.RecoveryRecorded;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.ErrorCode;

/**
 * Containment, recovery and "check the other system" instructions to named officers (001 Art. 31-4,
 * 31-5), and the recovery itself. The first instruction moves a confirmed incident to RESPONDING.
 */
final class ResponseRules {

    static final String BASIS = "001 Art. 31-4";

    private ResponseRules() {}

    /** The same instruction again (same id, same content) changes nothing; an id reused otherwise is refused. */
    static List<IncidentEvent> issue(Dossier dossier, IssueInstruction command) {
        Checks.start()
                .notBlank("instructionId", command.instructionId())
                .notNull("kind", command.kind())
                .notBlank("officer", command.officer())
                .notBlank("system", command.system())
                .notBlank("text", command.text())
                .orThrow();
        var event = new InstructionIssued(
                dossier.incidentId,
                command.instructionId(),
                command.kind(),
                command.officer(),
                command.system(),
                command.text(),
                command.dueAt(),
                command.actor(),
                command.at(),
                BASIS);
        var existing = dossier.instructions.get(command.instructionId());
        if (existing != null) {
            var same = existing.issued().kind() == event.kind()
                    && existing.officer().equals(event.officer())
                    && existing.issued().system().equals(event.system())
                    && existing.issued().text().equals(event.text())
                    && Objects.equals(existing.issued().dueAt(), event.dueAt());
            if (same) {
                return List.of();
            }
            throw Reject.duplicate("instructionId", command.instructionId());
        }
        return List.of(event);
    }

    /** Acknowledging again, or after completion, changes nothing. */
    static List<IncidentEvent> acknowledge(Dossier dossier, AcknowledgeInstruction command) {
        var instruction = addressed(dossier, command.instructionId(), command.actor());
        return switch (instruction.status()) {
            case OPEN ->
                List.of(new InstructionAcknowledged(
                        dossier.incidentId, instruction.id(), command.actor(), command.at(), "001 Art. 31-5"));
            case ACKNOWLEDGED, COMPLETED -> List.of();
        };
    }

    /** Only an acknowledged instruction can be completed; the same completion again changes nothing. */
    static List<IncidentEvent> complete(Dossier dossier, CompleteInstruction command) {
        Checks.start().notBlank("result", command.result()).orThrow();
        var instruction = addressed(dossier, command.instructionId(), command.actor());
        return switch (instruction.status()) {
            case ACKNOWLEDGED ->
                List.of(new InstructionCompleted(
                        dossier.incidentId,
                        instruction.id(),
                        command.result(),
                        command.actor(),
                        command.at(),
                        "001 Art. 31-5"));
            case COMPLETED -> {
                if (command.result().equals(instruction.result())) {
                    yield List.of();
                }
                throw Reject.state("instructionId", instruction.id() + " is already completed");
            }
            case OPEN -> throw Reject.state("instructionId", instruction.id() + " must be acknowledged first");
        };
    }

    private static Instruction addressed(Dossier dossier, String instructionId, Actor actor) {
        Checks.start().notBlank("instructionId", instructionId).orThrow();
        var instruction = dossier.instructions.get(instructionId);
        if (instruction == null) {
            throw Reject.unknown(ErrorCode.UNKNOWN_INSTRUCTION, "instructionId", instructionId);
        }
        if (!instruction.officer().equals(actor.userId())) {
            throw Reject.notAddressee(
                    "instructionId", instructionId + " is addressed to " + instruction.officer(), "001 Art. 31-5");
        }
        return instruction;
    }

    /** Recording the same recovery again changes nothing. */
    static List<IncidentEvent> recordRecovery(Dossier dossier, RecordRecovery command) {
        Checks.start().notBlank("summary", command.summary()).orThrow();
        if (dossier.state() == IncidentState.RECOVERED) {
            if (command.summary().equals(dossier.recoverySummary)) {
                return List.of();
            }
            throw Reject.state("state", "recovery is already recorded");
        }
        return List.of(
                new RecoveryRecorded(dossier.incidentId, command.summary(), command.actor(), command.at(), BASIS));
    }
}
