package org.sirtdesk.core.incident.api;

import java.time.Instant;
import org.sirtdesk.core.shared.Actor;

/** Every fact recorded about an incident. Projections switch over the permitted records. */
public sealed interface IncidentEvent
        permits IncidentReported,
                TriageStarted,
                FactsCorrected,
                IncidentConfirmed,
                IncidentDismissed,
                ReportedToCiso,
                CisoReportAcknowledged,
                ObligationRaised,
                ObligationRescheduled,
                NotificationSent,
                NotificationAcknowledged,
                WaiverRequested,
                WaiverApproved,
                WaiverRefused,
                CymatSupportRequested,
                InstructionIssued,
                InstructionAcknowledged,
                InstructionCompleted,
                RecoveryRecorded,
                RecurrenceReportSubmitted,
                RecurrenceReportApproved,
                RecurrenceReportReturned,
                MeasuresOrdered,
                MeasureCompleted,
                LessonsShared,
                ClosureRequested,
                ClosureApproved,
                ClosureRefused,
                IncidentReopened,
                NoteAdded,
                EvidenceReferenced,
                DeadlineMissed {

    String incidentId();

    Actor actor();

    /** Business time of the fact (not the time it was stored). */
    Instant at();

    /** The seed rule this step follows, e.g. {@code 001 Art. 31-1}, or {@code null}. */
    String basis();
}
