package org.sirtdesk.core.incident.domain;

import static java.util.Map.entry;
import static org.sirtdesk.core.incident.api.IncidentState.CLOSED;
import static org.sirtdesk.core.incident.api.IncidentState.CONFIRMED;
import static org.sirtdesk.core.incident.api.IncidentState.NOT_AN_INCIDENT;
import static org.sirtdesk.core.incident.api.IncidentState.RECOVERED;
import static org.sirtdesk.core.incident.api.IncidentState.REPORTED;
import static org.sirtdesk.core.incident.api.IncidentState.RESPONDING;
import static org.sirtdesk.core.incident.api.IncidentState.REVIEW;
import static org.sirtdesk.core.incident.api.IncidentState.TRIAGE;
import static org.sirtdesk.core.shared.Role.CISO;
import static org.sirtdesk.core.shared.Role.OFFICER;
import static org.sirtdesk.core.shared.Role.PRIVACY_OFFICER;
import static org.sirtdesk.core.shared.Role.SIRT;
import static org.sirtdesk.core.shared.Role.SIRT_LEAD;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sirtdesk.core.incident.api.AcknowledgeCisoReport;
import org.sirtdesk.core.incident.api.AcknowledgeInstruction;
import org.sirtdesk.core.incident.api.AddEvidenceReference;
import org.sirtdesk.core.incident.api.AddNote;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.CompleteInstruction;
import org.sirtdesk.core.incident.api.CompleteMeasure;
import org.sirtdesk.core.incident.api.CorrectFacts;
import org.sirtdesk.core.incident.api.DecideClosure;
import org.sirtdesk.core.incident.api.DecideWaiver;
import org.sirtdesk.core.incident.api.IncidentCommand;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.RecordDeadlineMissed;
import org.sirtdesk.core.incident.api.RecordNotificationAcknowledged;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.ReopenIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.shared.Role;

/**
 * Who may issue each command (API.md "who") and in which states it is considered at all. States
 * listed only for idempotency (e.g. {@code StartTriage} in {@code TRIAGE}) are refined by the
 * command's own rules. A wrong role is refused before a wrong state.
 */
final class CommandRules {

    private record Rule(Set<Role> roles, Set<IncidentState> states) {}

    private static final Set<IncidentState> OPEN =
            EnumSet.of(REPORTED, TRIAGE, CONFIRMED, RESPONDING, RECOVERED, REVIEW);
    private static final Set<IncidentState> ACTIVE = EnumSet.of(CONFIRMED, RESPONDING, RECOVERED, REVIEW);

    private static final Map<Class<? extends IncidentCommand>, Rule> RULES = Map.ofEntries(
            entry(StartTriage.class, rule(Set.of(SIRT, SIRT_LEAD), EnumSet.of(REPORTED, TRIAGE))),
            entry(AssessIncident.class, rule(Set.of(SIRT_LEAD), EnumSet.of(TRIAGE, CONFIRMED, NOT_AN_INCIDENT))),
            entry(CorrectFacts.class, rule(Set.of(SIRT, SIRT_LEAD), OPEN)),
            entry(ReportToCiso.class, rule(Set.of(SIRT_LEAD), ACTIVE)),
            entry(AcknowledgeCisoReport.class, rule(Set.of(CISO), ACTIVE)),
            entry(RecordNotificationSent.class, rule(Set.of(SIRT, SIRT_LEAD, PRIVACY_OFFICER), ACTIVE)),
            entry(
                    RecordNotificationAcknowledged.class,
                    rule(Set.of(SIRT, SIRT_LEAD, PRIVACY_OFFICER), with(ACTIVE, CLOSED))),
            entry(RequestWaiver.class, rule(Set.of(SIRT_LEAD, PRIVACY_OFFICER), ACTIVE)),
            entry(DecideWaiver.class, rule(Set.of(CISO), ACTIVE)),
            entry(RequestCymatSupport.class, rule(Set.of(SIRT_LEAD), ACTIVE)),
            entry(IssueInstruction.class, rule(Set.of(SIRT, SIRT_LEAD), ACTIVE)),
            entry(AcknowledgeInstruction.class, rule(Set.of(OFFICER), ACTIVE)),
            entry(CompleteInstruction.class, rule(Set.of(OFFICER), ACTIVE)),
            entry(RecordRecovery.class, rule(Set.of(SIRT_LEAD), EnumSet.of(CONFIRMED, RESPONDING, RECOVERED))),
            entry(SubmitRecurrenceReport.class, rule(Set.of(OFFICER), EnumSet.of(RECOVERED, REVIEW))),
            entry(ReviewRecurrenceReport.class, rule(Set.of(CISO), EnumSet.of(REVIEW))),
            entry(CompleteMeasure.class, rule(Set.of(OFFICER), EnumSet.of(REVIEW))),
            entry(ShareLessons.class, rule(Set.of(SIRT_LEAD), EnumSet.of(RECOVERED, REVIEW))),
            entry(RequestClosure.class, rule(Set.of(SIRT_LEAD), ACTIVE)),
            entry(DecideClosure.class, rule(Set.of(CISO), with(ACTIVE, CLOSED))),
            entry(
                    ReopenIncident.class,
                    rule(Set.of(SIRT_LEAD, CISO), EnumSet.of(CLOSED, NOT_AN_INCIDENT, TRIAGE, RESPONDING))),
            entry(AddNote.class, rule(Set.of(SIRT, SIRT_LEAD, CISO, OFFICER), OPEN)),
            entry(AddEvidenceReference.class, rule(Set.of(SIRT, SIRT_LEAD, OFFICER), OPEN)),
            entry(RecordDeadlineMissed.class, rule(Set.of(Role.SYSTEM), EnumSet.allOf(IncidentState.class))));

    private CommandRules() {}

    private static Rule rule(Set<Role> roles, Set<IncidentState> states) {
        return new Rule(roles, states);
    }

    private static Set<IncidentState> with(Set<IncidentState> states, IncidentState more) {
        var all = EnumSet.copyOf(states);
        all.add(more);
        return all;
    }

    static void check(Dossier dossier, IncidentCommand command) {
        Checks.start()
                .notNull("actor", command.actor())
                .notNull("at", command.at())
                .orThrow();
        var rule = RULES.get(command.getClass());
        var name = command.getClass().getSimpleName();
        if (!rule.roles().contains(command.actor().role())) {
            throw Reject.role(command.actor().role() + " may not " + name);
        }
        if (!rule.states().contains(dossier.state())) {
            throw Reject.state("state", name + " is not possible while the incident is " + dossier.state());
        }
    }
}
