package org.sirtdesk.api.web.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sirtdesk.core.deadline.Deadline;
import org.sirtdesk.core.deadline.DeadlineClassifier;
import org.sirtdesk.core.deadline.DeadlineStatus;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.projections.incidentdetail.ClosureView;
import org.sirtdesk.projections.incidentdetail.IncidentDetailView;
import org.sirtdesk.projections.incidentdetail.InstructionView;
import org.sirtdesk.projections.incidentdetail.MeasureView;
import org.sirtdesk.projections.incidentdetail.ObligationView;
import org.sirtdesk.projections.incidentdetail.RecurrenceReportView;

/** The incident detail of the HTTP contract (API.md, "Resource shapes"), deadlines assessed at {@code now}. */
public record IncidentDetailResponse(
        String incidentId,
        String trackingCode,
        String state,
        String severity,
        String category,
        String title,
        Instant awareAt,
        Instant reportedAt,
        long version,
        ReportFacts facts,
        List<Obligation> obligations,
        List<InstructionView> instructions,
        RecurrenceReportView recurrenceReport,
        List<MeasureView> measures,
        ClosureView closure) {

    /** An obligation with its deadline status and remaining time (negative when overdue). */
    public record Obligation(
            String obligationId,
            String kind,
            String recipient,
            String basis,
            ObligationStatus status,
            Instant clockStart,
            Instant dueAt,
            Instant hardDueAt,
            Instant sentAt,
            String channel,
            String reference,
            DeadlineStatus deadlineStatus,
            Duration remaining) {}

    static IncidentDetailResponse of(IncidentDetailView d, DeadlineClassifier classifier, Instant now) {
        return new IncidentDetailResponse(
                d.incidentId(),
                d.trackingCode(),
                d.state().name(),
                d.severity() == null ? null : d.severity().name(),
                d.category().name(),
                d.title(),
                d.awareAt(),
                d.reportedAt(),
                d.version(),
                d.facts(),
                d.obligations().stream()
                        .map(o -> obligation(o, classifier, now))
                        .toList(),
                d.instructions(),
                d.recurrenceReport(),
                d.measures(),
                d.closure());
    }

    private static Obligation obligation(ObligationView o, DeadlineClassifier classifier, Instant now) {
        DeadlineStatus status = null;
        Duration remaining = null;
        if (o.dueAt() != null) {
            var assessment = classifier.classify(new Deadline(o.dueAt(), o.hardDueAt()), o.sentAt(), o.waived(), now);
            status = assessment.status();
            remaining = assessment.remaining();
        }
        return new Obligation(
                o.obligationId(),
                o.kind(),
                o.recipient(),
                o.basis(),
                o.status(),
                o.clockStart(),
                o.dueAt(),
                o.hardDueAt(),
                o.sentAt(),
                o.channel() == null ? null : o.channel().name(),
                o.reference(),
                status,
                remaining);
    }
}
