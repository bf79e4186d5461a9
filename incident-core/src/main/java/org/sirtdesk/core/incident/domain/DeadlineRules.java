package org.sirtdesk.core.incident.domain;

import java.util.List;
import org.sirtdesk.core.incident.api.DeadlineLimit;
import org.sirtdesk.core.incident.api.DeadlineMissed;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.RecordDeadlineMissed;
import org.sirtdesk.core.shared.ErrorCode;

/**
 * A due time that passed while its obligation was still open is recorded once: per obligation,
 * limit and due time (a rescheduled obligation can miss its new due time too). Reports from several
 * nodes, or a report that races with the notification being sent, change nothing.
 */
final class DeadlineRules {

    private DeadlineRules() {}

    static List<IncidentEvent> missed(Dossier dossier, RecordDeadlineMissed command) {
        Checks.start()
                .notBlank("obligationId", command.obligationId())
                .notNull("limit", command.limit())
                .orThrow();
        var obligation = dossier.obligations.get(command.obligationId());
        if (obligation == null) {
            throw Reject.unknown(ErrorCode.UNKNOWN_OBLIGATION, "obligationId", command.obligationId());
        }
        var due = command.limit() == DeadlineLimit.TARGET ? obligation.dueAt() : obligation.hardDueAt();
        Checks.start()
                .that(due != null, "limit", "the obligation has no " + command.limit() + " due time")
                .orThrow();
        if (command.at().isBefore(due) || command.at().equals(due)) {
            throw Reject.state("at", "the " + command.limit() + " due time " + due + " has not passed yet");
        }
        if (!obligation.unsettled()
                || dossier.missedDeadlines.contains(Dossier.missedKey(obligation.id(), command.limit(), due))) {
            return List.of();
        }
        return List.of(new DeadlineMissed(
                dossier.incidentId,
                obligation.id(),
                obligation.kind(),
                obligation.recipient(),
                command.limit(),
                due,
                command.actor(),
                command.at(),
                obligation.basis()));
    }
}
