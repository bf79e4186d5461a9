package org.sirtdesk.core.incident.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateVersion;
import org.sirtdesk.core.deadline.DeadlineCalculator;
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
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.RecordDeadlineMissed;
import org.sirtdesk.core.incident.api.RecordNotificationAcknowledged;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.ReopenIncident;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;

/**
 * The incident aggregate: checks each command against {@link CommandRules} and the rules of its
 * step, applies the resulting events, then lets {@link ObligationPlanner} raise or reschedule the
 * notification obligations the facts now call for. State changes only in {@link #on}. A command
 * whose effect is already in place returns without an event (idempotent).
 */
class Incident {

    @AggregateIdentifier
    private String incidentId;

    @AggregateVersion
    private Long version;

    private final Dossier dossier = new Dossier();

    Incident() {
        // required by Axon
    }

    @CommandHandler
    Incident(ReportIncident command, OrganisationProfile profile, DeadlineCalculator calculator) {
        var violations = ReportRules.check(command);
        if (!violations.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The report is incomplete", violations);
        }
        var reported = new IncidentReported(
                command.incidentId(),
                command.trackingCode(),
                command.channel(),
                command.facts(),
                command.actor(),
                command.reportedAt(),
                "001 Art. 31-1");
        apply(reported);
        // Events applied in a constructor reach the aggregate only after it returns: plan on a preview.
        var preview = new Dossier();
        preview.apply(reported);
        ObligationPlanner.plan(preview, profile, calculator, command.actor(), command.reportedAt())
                .forEach(e -> apply(e));
    }

    @CommandHandler
    void handle(StartTriage c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> TriageRules.startTriage(dossier, c));
    }

    @CommandHandler
    void handle(AssessIncident c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> TriageRules.assess(dossier, c));
    }

    @CommandHandler
    void handle(CorrectFacts c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> TriageRules.correctFacts(dossier, c));
    }

    @CommandHandler
    void handle(ReopenIncident c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> TriageRules.reopen(dossier, c));
    }

    @CommandHandler
    void handle(ReportToCiso c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> EscalationRules.reportToCiso(dossier, c));
    }

    @CommandHandler
    void handle(AcknowledgeCisoReport c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> EscalationRules.acknowledge(dossier, c));
    }

    @CommandHandler
    void handle(RequestCymatSupport c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> EscalationRules.requestCymat(dossier, c));
    }

    @CommandHandler
    void handle(RecordNotificationSent c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> NotificationRules.sent(dossier, c, p));
    }

    @CommandHandler
    void handle(RecordNotificationAcknowledged c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> NotificationRules.acknowledged(dossier, c, p));
    }

    @CommandHandler
    void handle(RequestWaiver c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> NotificationRules.requestWaiver(dossier, c, p));
    }

    @CommandHandler
    void handle(DecideWaiver c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> NotificationRules.decideWaiver(dossier, c));
    }

    @CommandHandler
    void handle(IssueInstruction c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ResponseRules.issue(dossier, c));
    }

    @CommandHandler
    void handle(AcknowledgeInstruction c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ResponseRules.acknowledge(dossier, c));
    }

    @CommandHandler
    void handle(CompleteInstruction c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ResponseRules.complete(dossier, c));
    }

    @CommandHandler
    void handle(RecordRecovery c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ResponseRules.recordRecovery(dossier, c));
    }

    @CommandHandler
    void handle(SubmitRecurrenceReport c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ReviewRules.submit(dossier, c));
    }

    @CommandHandler
    void handle(ReviewRecurrenceReport c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ReviewRules.review(dossier, c));
    }

    @CommandHandler
    void handle(CompleteMeasure c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ReviewRules.completeMeasure(dossier, c));
    }

    @CommandHandler
    void handle(ShareLessons c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ReviewRules.shareLessons(dossier, c));
    }

    @CommandHandler
    void handle(RequestClosure c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ClosureDecisions.request(dossier, c, p));
    }

    @CommandHandler
    void handle(DecideClosure c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> ClosureDecisions.decide(dossier, c, p));
    }

    @CommandHandler
    void handle(AddNote c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> RecordRules.note(dossier, c));
    }

    @CommandHandler
    void handle(AddEvidenceReference c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> RecordRules.evidence(dossier, c));
    }

    @CommandHandler
    void handle(RecordDeadlineMissed c, OrganisationProfile p, DeadlineCalculator dc) {
        decide(c, p, dc, () -> DeadlineRules.missed(dossier, c));
    }

    /** Check role and state, decide, apply; then raise what the new facts call for. */
    private void decide(
            IncidentCommand command,
            OrganisationProfile profile,
            DeadlineCalculator calculator,
            Supplier<List<IncidentEvent>> rules) {
        CommandRules.check(dossier, command);
        var events = rules.get();
        if (events.isEmpty()) {
            return;
        }
        events.forEach(e -> apply(e));
        ObligationPlanner.plan(dossier, profile, calculator, command.actor(), command.at())
                .forEach(e -> apply(e));
    }

    @EventSourcingHandler
    void on(IncidentEvent event) {
        if (event instanceof IncidentReported reported) {
            this.incidentId = reported.incidentId();
        }
        dossier.apply(event);
    }

    IncidentState state() {
        return dossier.state();
    }

    Dossier dossier() {
        return dossier;
    }
}
