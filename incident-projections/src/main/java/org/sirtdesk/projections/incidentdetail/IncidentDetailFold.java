package org.sirtdesk.projections.incidentdetail;

import java.util.List;
import org.sirtdesk.core.incident.api.CisoReportAcknowledged;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.ClosureRefused;
import org.sirtdesk.core.incident.api.ClosureRequested;
import org.sirtdesk.core.incident.api.CymatSupportRequested;
import org.sirtdesk.core.incident.api.DeadlineMissed;
import org.sirtdesk.core.incident.api.EvidenceReferenced;
import org.sirtdesk.core.incident.api.FactsCorrected;
import org.sirtdesk.core.incident.api.IncidentConfirmed;
import org.sirtdesk.core.incident.api.IncidentDismissed;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReopened;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionAcknowledged;
import org.sirtdesk.core.incident.api.InstructionCompleted;
import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.InstructionStatus;
import org.sirtdesk.core.incident.api.LessonsShared;
import org.sirtdesk.core.incident.api.MeasureCompleted;
import org.sirtdesk.core.incident.api.MeasureStatus;
import org.sirtdesk.core.incident.api.MeasuresOrdered;
import org.sirtdesk.core.incident.api.NoteAdded;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.RecoveryRecorded;
import org.sirtdesk.core.incident.api.RecurrenceReportApproved;
import org.sirtdesk.core.incident.api.RecurrenceReportReturned;
import org.sirtdesk.core.incident.api.RecurrenceReportStatus;
import org.sirtdesk.core.incident.api.RecurrenceReportSubmitted;
import org.sirtdesk.core.incident.api.ReportedToCiso;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.incident.api.WaiverRequested;

/**
 * The one fold {@code (detail, event) -> detail} behind the live detail projection and the "as of
 * time T" query. Pure: no clock, no I/O, the input is never changed.
 *
 * <p>Java 17 has no pattern matching for {@code switch}, so the fold is an {@code instanceof} chain
 * that ends in an exception; {@code IncidentDetailFoldTest} feeds it every permitted subclass of
 * {@link IncidentEvent}, so a new event type without a branch fails the build.
 */
public final class IncidentDetailFold {

    private IncidentDetailFold() {}

    /** Folds a whole history, e.g. the events read from the store. */
    public static IncidentDetailView fold(List<? extends IncidentEvent> events) {
        IncidentDetailView detail = null;
        long sequence = 0;
        for (var event : events) {
            detail = apply(detail, event, sequence++);
        }
        return detail;
    }

    /**
     * @param detail the detail before the event, {@code null} before {@link IncidentReported}
     * @param sequence the event's sequence number in the incident's stream: the new version
     */
    public static IncidentDetailView apply(IncidentDetailView detail, IncidentEvent event, long sequence) {
        if (event instanceof IncidentReported e) {
            return new IncidentDetailView(
                    e.incidentId(),
                    e.trackingCode(),
                    IncidentState.REPORTED,
                    null,
                    e.facts().category(),
                    e.facts().title(),
                    e.facts().awareAt(),
                    e.at(),
                    sequence,
                    e.facts(),
                    TriState.UNKNOWN,
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    null);
        }
        if (detail == null) {
            throw new IllegalStateException(
                    "Event " + event.getClass().getSimpleName() + " before the incident was reported");
        }
        return next(detail, event).withVersion(sequence);
    }

    private static IncidentDetailView next(IncidentDetailView d, IncidentEvent event) {
        if (event instanceof TriageStarted) {
            return d.withState(IncidentState.TRIAGE);
        } else if (event instanceof FactsCorrected e) {
            return d.withFacts(e.facts(), e.mayAffectOthers()).withSeverity(e.severity());
        } else if (event instanceof IncidentConfirmed e) {
            return d.withSeverity(e.severity()).withState(IncidentState.CONFIRMED);
        } else if (event instanceof IncidentDismissed) {
            return d.withState(IncidentState.NOT_AN_INCIDENT);
        } else if (event instanceof RecoveryRecorded) {
            return d.withState(IncidentState.RECOVERED);
        } else if (event instanceof IncidentReopened e) {
            return e.previousState() == IncidentState.CLOSED
                    ? d.withState(IncidentState.RESPONDING)
                            .withRecurrenceReport(null)
                            .withClosure(null)
                    : d.withState(IncidentState.TRIAGE);
        } else if (event instanceof ReportedToCiso
                || event instanceof CisoReportAcknowledged
                || event instanceof CymatSupportRequested
                || event instanceof DeadlineMissed
                || event instanceof LessonsShared
                || event instanceof NoteAdded
                || event instanceof EvidenceReferenced) {
            return d;
        } else if (event instanceof ObligationRaised
                || event instanceof ObligationRescheduled
                || event instanceof NotificationSent
                || event instanceof NotificationAcknowledged
                || event instanceof WaiverRequested
                || event instanceof WaiverApproved
                || event instanceof WaiverRefused) {
            return obligation(d, event);
        }
        return response(d, event);
    }

    private static IncidentDetailView obligation(IncidentDetailView d, IncidentEvent event) {
        if (event instanceof ObligationRaised e) {
            return d.withObligations(IncidentDetailView.append(
                    d.obligations(),
                    new ObligationView(
                            e.obligationId(),
                            e.kind(),
                            e.recipient(),
                            e.basis(),
                            ObligationStatus.OPEN,
                            e.clockStart(),
                            e.dueAt(),
                            e.hardDueAt(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            false)));
        } else if (event instanceof ObligationRescheduled e) {
            return d.obligation(e.obligationId(), o -> o.rescheduled(e.clockStart(), e.dueAt(), e.hardDueAt()));
        } else if (event instanceof NotificationSent e) {
            var sender = e.sender() != null ? e.sender() : e.actor().userId();
            return d.obligation(
                    e.obligationId(), o -> o.sent(e.sentAt(), e.channel(), e.reference(), sender, e.summary()));
        } else if (event instanceof NotificationAcknowledged e) {
            return d.obligation(e.obligationId(), o -> o.acknowledged(e.reference()));
        } else if (event instanceof WaiverRequested e) {
            return d.obligation(e.obligationId(), o -> o.withStatus(ObligationStatus.WAIVER_REQUESTED));
        } else if (event instanceof WaiverApproved e) {
            return d.obligation(e.obligationId(), o -> o.withStatus(ObligationStatus.WAIVED));
        } else if (event instanceof WaiverRefused e) {
            return d.obligation(e.obligationId(), o -> o.withStatus(ObligationStatus.OPEN));
        }
        throw unknown(event);
    }

    private static IncidentDetailView response(IncidentDetailView d, IncidentEvent event) {
        if (event instanceof InstructionIssued e) {
            var issued = d.withInstructions(IncidentDetailView.append(
                    d.instructions(),
                    new InstructionView(
                            e.instructionId(),
                            e.kind(),
                            e.officer(),
                            e.system(),
                            InstructionStatus.OPEN,
                            e.dueAt(),
                            null)));
            return d.state() == IncidentState.CONFIRMED ? issued.withState(IncidentState.RESPONDING) : issued;
        } else if (event instanceof InstructionAcknowledged e) {
            return d.instruction(e.instructionId(), i -> i.with(InstructionStatus.ACKNOWLEDGED, i.result()));
        } else if (event instanceof InstructionCompleted e) {
            return d.instruction(e.instructionId(), i -> i.with(InstructionStatus.COMPLETED, e.result()));
        } else if (event instanceof RecurrenceReportSubmitted e) {
            return d.withRecurrenceReport(new RecurrenceReportView(
                            RecurrenceReportStatus.SUBMITTED,
                            e.cause(),
                            e.measures(),
                            e.actor().userId(),
                            null))
                    .withState(IncidentState.REVIEW);
        } else if (event instanceof RecurrenceReportApproved e) {
            return review(d, RecurrenceReportStatus.APPROVED, e.comment());
        } else if (event instanceof RecurrenceReportReturned e) {
            return review(d, RecurrenceReportStatus.RETURNED, e.comment());
        } else if (event instanceof MeasuresOrdered e) {
            var measures = d.measures();
            for (var m : e.measures()) {
                measures = IncidentDetailView.append(
                        measures, new MeasureView(m.measureId(), m.text(), m.officer(), MeasureStatus.OPEN, null));
            }
            return d.withMeasures(measures);
        } else if (event instanceof MeasureCompleted e) {
            return d.measure(
                    e.measureId(),
                    m -> new MeasureView(m.measureId(), m.text(), m.officer(), MeasureStatus.COMPLETED, e.result()));
        } else if (event instanceof ClosureRequested e) {
            return d.withClosure(new ClosureView("REQUESTED", e.actor().userId(), null, null));
        } else if (event instanceof ClosureRefused e) {
            return d.withClosure(
                    new ClosureView("REFUSED", requester(d), e.actor().userId(), e.comment()));
        } else if (event instanceof ClosureApproved e) {
            return d.withClosure(
                            new ClosureView("APPROVED", requester(d), e.actor().userId(), e.comment()))
                    .withState(IncidentState.CLOSED);
        }
        throw unknown(event);
    }

    private static IncidentDetailView review(IncidentDetailView d, RecurrenceReportStatus status, String comment) {
        var r = d.recurrenceReport();
        if (r == null) {
            return d;
        }
        return d.withRecurrenceReport(
                new RecurrenceReportView(status, r.cause(), r.measures(), r.submittedBy(), comment));
    }

    private static String requester(IncidentDetailView d) {
        return d.closure() == null ? null : d.closure().requestedBy();
    }

    private static IllegalArgumentException unknown(IncidentEvent event) {
        return new IllegalArgumentException(
                "No detail rule for " + event.getClass().getName());
    }
}
