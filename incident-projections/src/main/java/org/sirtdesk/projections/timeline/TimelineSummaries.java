package org.sirtdesk.projections.timeline;

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
import org.sirtdesk.core.incident.api.InstructionAcknowledged;
import org.sirtdesk.core.incident.api.InstructionCompleted;
import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.LessonsShared;
import org.sirtdesk.core.incident.api.MeasureCompleted;
import org.sirtdesk.core.incident.api.MeasuresOrdered;
import org.sirtdesk.core.incident.api.NoteAdded;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.incident.api.RecoveryRecorded;
import org.sirtdesk.core.incident.api.RecurrenceReportApproved;
import org.sirtdesk.core.incident.api.RecurrenceReportReturned;
import org.sirtdesk.core.incident.api.RecurrenceReportSubmitted;
import org.sirtdesk.core.incident.api.ReportedToCiso;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.incident.api.WaiverRequested;

/**
 * A short human text per event type for the timeline. It names what happened and ids, kinds and
 * counts the incident already shows; free texts (descriptions, notes, reasons) stay out of it, so
 * the timeline adds no personal data.
 */
public final class TimelineSummaries {

    private TimelineSummaries() {}

    public static String summary(IncidentEvent event) {
        if (event instanceof IncidentReported e) {
            return "Reported via " + e.channel() + " (" + e.facts().category() + ")";
        } else if (event instanceof TriageStarted) {
            return "Triage started";
        } else if (event instanceof FactsCorrected e) {
            return "Facts corrected: " + String.join(", ", e.changedFields());
        } else if (event instanceof IncidentConfirmed e) {
            return "Confirmed as an incident, severity " + e.severity();
        } else if (event instanceof IncidentDismissed) {
            return "Assessed as not an incident";
        } else if (event instanceof ReportedToCiso) {
            return "Reported to the CISO";
        } else if (event instanceof CisoReportAcknowledged) {
            return "CISO acknowledged the report";
        } else if (event instanceof CymatSupportRequested) {
            return "CYMAT support requested";
        } else if (event instanceof RecoveryRecorded) {
            return "Recovery recorded";
        } else if (event instanceof LessonsShared e) {
            return "Lessons shared with " + e.sharedWith().size() + " recipient(s)";
        } else if (event instanceof NoteAdded) {
            return "Note added";
        } else if (event instanceof EvidenceReferenced) {
            return "Evidence referenced";
        } else if (event instanceof IncidentReopened e) {
            return "Reopened (was " + e.previousState() + ")";
        }
        return obligationOrResponse(event);
    }

    private static String obligationOrResponse(IncidentEvent event) {
        if (event instanceof ObligationRaised e) {
            return "Obligation " + e.kind() + " raised for " + e.recipient()
                    + (e.dueAt() == null ? "" : ", due " + e.dueAt());
        } else if (event instanceof ObligationRescheduled e) {
            return "Obligation " + e.obligationId() + " rescheduled" + (e.dueAt() == null ? "" : ", due " + e.dueAt());
        } else if (event instanceof NotificationSent e) {
            return "Notification " + e.obligationId() + " sent by " + e.channel();
        } else if (event instanceof NotificationAcknowledged e) {
            return "Notification " + e.obligationId() + " acknowledged";
        } else if (event instanceof DeadlineMissed e) {
            return "Deadline missed (" + e.limit() + ") for " + e.kind() + " to " + e.recipient() + ", due "
                    + e.dueAt();
        } else if (event instanceof WaiverRequested e) {
            return "Waiver requested for " + e.obligationId();
        } else if (event instanceof WaiverApproved e) {
            return "Waiver approved for " + e.obligationId();
        } else if (event instanceof WaiverRefused e) {
            return "Waiver refused for " + e.obligationId();
        } else if (event instanceof InstructionIssued e) {
            return "Instruction " + e.kind() + " issued to " + e.officer() + " for " + e.system();
        } else if (event instanceof InstructionAcknowledged e) {
            return "Instruction " + e.instructionId() + " acknowledged";
        } else if (event instanceof InstructionCompleted e) {
            return "Instruction " + e.instructionId() + " completed";
        } else if (event instanceof RecurrenceReportSubmitted e) {
            return "Recurrence-prevention report submitted with " + e.measures().size() + " measure(s)";
        } else if (event instanceof RecurrenceReportApproved) {
            return "Recurrence-prevention report approved";
        } else if (event instanceof RecurrenceReportReturned) {
            return "Recurrence-prevention report returned";
        } else if (event instanceof MeasuresOrdered e) {
            return e.measures().size() + " measure(s) ordered";
        } else if (event instanceof MeasureCompleted e) {
            return "Measure " + e.measureId() + " completed";
        } else if (event instanceof ClosureRequested) {
            return "Closure requested";
        } else if (event instanceof ClosureApproved) {
            return "Closure approved";
        } else if (event instanceof ClosureRefused) {
            return "Closure refused";
        }
        throw new IllegalArgumentException(
                "No timeline summary for " + event.getClass().getName());
    }
}
