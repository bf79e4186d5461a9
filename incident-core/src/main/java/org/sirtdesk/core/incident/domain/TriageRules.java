package org.sirtdesk.core.incident.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.CorrectFacts;
import org.sirtdesk.core.incident.api.FactsCorrected;
import org.sirtdesk.core.incident.api.FactsCorrection;
import org.sirtdesk.core.incident.api.IncidentCommand;
import org.sirtdesk.core.incident.api.IncidentConfirmed;
import org.sirtdesk.core.incident.api.IncidentDismissed;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReopened;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReopenIncident;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.shared.Severity;

/** Triage, assessment, fact corrections and reopening (001 Art. 31-2). */
final class TriageRules {

    static final String BASIS = "001 Art. 31-2";

    private TriageRules() {}

    /** Starting triage again while in triage changes nothing. */
    static List<IncidentEvent> startTriage(Dossier dossier, StartTriage command) {
        if (dossier.state() == IncidentState.TRIAGE) {
            return List.of();
        }
        return List.of(new TriageStarted(dossier.incidentId, command.note(), command.actor(), command.at(), BASIS));
    }

    /**
     * Confirms or dismisses. The same assessment again (a double submit) changes nothing; a different
     * one after the decision is refused: facts and severity are corrected with {@code CorrectFacts},
     * a dismissal is undone by reopening.
     */
    static List<IncidentEvent> assess(Dossier dossier, AssessIncident command) {
        var incident = command.decision() == AssessmentDecision.INCIDENT;
        Checks.start()
                .notNull("decision", command.decision())
                .that(!incident || command.severity() != null, "severity", "must be given for an incident", BASIS)
                .that(
                        incident
                                || command.reason() != null && !command.reason().isBlank(),
                        "reason",
                        "must be given when it is not an incident",
                        BASIS)
                .orThrow();
        var correction = correction(dossier, command, command.facts(), dossier.severity, command.reason());
        if (dossier.state() != IncidentState.TRIAGE) {
            var same = correction.isEmpty()
                    && (incident
                            ? dossier.state() == IncidentState.CONFIRMED && command.severity() == dossier.severity
                            : dossier.state() == IncidentState.NOT_AN_INCIDENT
                                    && Objects.equals(command.reason(), dossier.dismissalReason));
            if (same) {
                return List.of();
            }
            throw Reject.state("state", "the incident is already assessed as " + dossier.state());
        }
        var events = new ArrayList<IncidentEvent>();
        correction.ifPresent(events::add);
        events.add(
                incident
                        ? new IncidentConfirmed(
                                dossier.incidentId,
                                command.severity(),
                                command.reason(),
                                command.actor(),
                                command.at(),
                                BASIS)
                        : new IncidentDismissed(
                                dossier.incidentId, command.reason(), command.actor(), command.at(), BASIS));
        return events;
    }

    /** A correction that changes nothing records nothing. Severity is set by the assessment first. */
    static List<IncidentEvent> correctFacts(Dossier dossier, CorrectFacts command) {
        Checks.start()
                .that(
                        command.facts() != null || command.severity() != null,
                        "facts",
                        "a correction must change facts or severity")
                .that(
                        command.severity() == null || dossier.confirmed(),
                        "severity",
                        "is set when the incident is assessed",
                        BASIS)
                .orThrow();
        var severity = command.severity() != null ? command.severity() : dossier.severity;
        return correction(dossier, command, command.facts(), severity, command.reason())
                .<List<IncidentEvent>>map(List::of)
                .orElse(List.of());
    }

    private static Optional<FactsCorrected> correction(
            Dossier dossier, IncidentCommand command, FactsCorrection correction, Severity severity, String reason) {
        var change = correction == null ? FactsCorrection.none() : correction;
        var facts = change.applyTo(dossier.facts);
        var mayAffectOthers = change.mayAffectOthers() != null ? change.mayAffectOthers() : dossier.mayAffectOthers;
        Checks.start().add(ReportRules.checkFacts(facts, command.at())).orThrow();
        var changed = changedFields(dossier.facts, facts);
        if (severity != dossier.severity) {
            changed.add("severity");
        }
        if (mayAffectOthers != dossier.mayAffectOthers) {
            changed.add("mayAffectOthers");
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FactsCorrected(
                dossier.incidentId,
                facts,
                severity,
                mayAffectOthers,
                changed,
                reason,
                command.actor(),
                command.at(),
                BASIS));
    }

    static List<String> changedFields(ReportFacts before, ReportFacts after) {
        var changed = new ArrayList<String>();
        diff(changed, "title", before.title(), after.title());
        diff(changed, "description", before.description(), after.description());
        diff(changed, "awareAt", before.awareAt(), after.awareAt());
        diff(changed, "category", before.category(), after.category());
        diff(changed, "affectedSystems", before.affectedSystems(), after.affectedSystems());
        diff(changed, "classification", before.classification(), after.classification());
        PersonalData p = before.personalData();
        PersonalData q = after.personalData();
        diff(changed, "personalData.involved", p.involved(), q.involved());
        diff(changed, "personalData.approxPersons", p.approxPersons(), q.approxPersons());
        diff(changed, "personalData.sensitive", p.sensitive(), q.sensitive());
        diff(changed, "personalData.myNumber", p.myNumber(), q.myNumber());
        diff(changed, "personalData.financialDamageRisk", p.financialDamageRisk(), q.financialDamageRisk());
        diff(changed, "personalData.unlawfulPurpose", p.unlawfulPurpose(), q.unlawfulPurpose());
        diff(changed, "personalData.ordinanceSensitive", p.ordinanceSensitive(), q.ordinanceSensitive());
        diff(changed, "personalData.stronglyEncrypted", p.stronglyEncrypted(), q.stronglyEncrypted());
        diff(changed, "cyberAttackSuspected", before.cyberAttackSuspected(), after.cyberAttackSuspected());
        diff(changed, "department", before.department(), after.department());
        return changed;
    }

    private static void diff(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /**
     * A closed incident reopens into RESPONDING (a new episode: the report, lessons and closure are
     * due again); a dismissed one back into TRIAGE for a new assessment. The same reopening again
     * (a double submit) changes nothing.
     */
    static List<IncidentEvent> reopen(Dossier dossier, ReopenIncident command) {
        Checks.start().notBlank("reason", command.reason()).orThrow();
        var state = dossier.state();
        if (state == IncidentState.TRIAGE || state == IncidentState.RESPONDING) {
            var last = dossier.lastReopening;
            if (last != null
                    && last.to() == state
                    && last.reason().equals(command.reason())
                    && Objects.equals(last.relatedIncidentId(), command.relatedIncidentId())) {
                return List.of();
            }
            throw Reject.state("state", "only a closed or dismissed incident can be reopened");
        }
        return List.of(new IncidentReopened(
                dossier.incidentId,
                command.reason(),
                command.relatedIncidentId(),
                state,
                command.actor(),
                command.at(),
                null));
    }
}
