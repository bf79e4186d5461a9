package org.sirtdesk.core.incident.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.sirtdesk.core.incident.api.CompleteMeasure;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.LessonsShared;
import org.sirtdesk.core.incident.api.MeasureCompleted;
import org.sirtdesk.core.incident.api.MeasureStatus;
import org.sirtdesk.core.incident.api.MeasuresOrdered;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.RecurrenceReportApproved;
import org.sirtdesk.core.incident.api.RecurrenceReportReturned;
import org.sirtdesk.core.incident.api.RecurrenceReportStatus;
import org.sirtdesk.core.incident.api.RecurrenceReportSubmitted;
import org.sirtdesk.core.incident.api.ReviewDecision;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.shared.ErrorCode;

/** Cause and recurrence-prevention report, ordered measures and lessons (001 Art. 33). */
final class ReviewRules {

    static final String REPORT_BASIS = "001 Art. 33-1";
    static final String MEASURES_BASIS = "001 Art. 33-2";

    private ReviewRules() {}

    /**
     * An officer named on an instruction submits (any officer when there was none); allowed first
     * after recovery and again after a return. A measure without an officer is the submitter's. The
     * identical submission again changes nothing.
     */
    static List<IncidentEvent> submit(Dossier dossier, SubmitRecurrenceReport command) {
        var checks = Checks.start().notBlank("cause", command.cause()).notEmpty("measures", command.measures());
        var measures = new ArrayList<RecurrenceMeasure>();
        var ids = new HashSet<String>();
        var proposed = command.measures() == null ? List.<RecurrenceMeasure>of() : command.measures();
        for (var i = 0; i < proposed.size(); i++) {
            var m = proposed.get(i);
            var field = "measures[" + i + "]";
            checks.notNull(field, m);
            if (m == null) {
                continue;
            }
            checks.notBlank(field + ".measureId", m.measureId()).notBlank(field + ".text", m.text());
            checks.that(m.measureId() == null || ids.add(m.measureId()), field + ".measureId", "is used twice");
            checks.that(
                    m.measureId() == null || !dossier.measures.containsKey(m.measureId()),
                    field + ".measureId",
                    "is already an ordered measure");
            var officer = m.officer() == null || m.officer().isBlank()
                    ? command.actor().userId()
                    : m.officer();
            measures.add(new RecurrenceMeasure(m.measureId(), m.text(), officer));
        }
        checks.orThrow();
        var submitter = command.actor().userId();
        if (!dossier.instructions.isEmpty()
                && dossier.instructions.values().stream()
                        .noneMatch(i -> i.officer().equals(submitter))) {
            throw Reject.notAddressee(
                    "actor", "the report is submitted by an officer who received an instruction", REPORT_BASIS);
        }
        var report = dossier.report;
        if (report != null && report.status() == RecurrenceReportStatus.SUBMITTED) {
            if (report.cause().equals(command.cause())
                    && report.measures().equals(measures)
                    && report.submitter().equals(submitter)) {
                return List.of();
            }
            throw Reject.state("recurrenceReport", "the report is under review");
        }
        if (report != null && report.status() == RecurrenceReportStatus.APPROVED) {
            throw Reject.state("recurrenceReport", "the report is already approved");
        }
        return List.of(new RecurrenceReportSubmitted(
                dossier.incidentId, command.cause(), measures, command.actor(), command.at(), REPORT_BASIS));
    }

    /**
     * The CISO approves (ordering the report's measures) or returns with comments; never the
     * submitter. The same decision again changes nothing.
     */
    static List<IncidentEvent> review(Dossier dossier, ReviewRecurrenceReport command) {
        var returning = command.decision() == ReviewDecision.RETURN;
        Checks.start()
                .notNull("decision", command.decision())
                .that(
                        !returning
                                || command.comment() != null
                                        && !command.comment().isBlank(),
                        "comment",
                        "must say why the report is returned",
                        MEASURES_BASIS)
                .orThrow();
        var report = dossier.report;
        if (report == null) {
            throw Reject.state("recurrenceReport", "no report has been submitted");
        }
        if (command.actor().userId().equals(report.submitter())) {
            throw Reject.segregation("actor", "the submitter of the report cannot accept it: someone else must");
        }
        var target = returning ? RecurrenceReportStatus.RETURNED : RecurrenceReportStatus.APPROVED;
        if (report.status() == target) {
            return List.of();
        }
        if (report.status() != RecurrenceReportStatus.SUBMITTED) {
            throw Reject.state("recurrenceReport", "the report is " + report.status());
        }
        if (returning) {
            return List.of(new RecurrenceReportReturned(
                    dossier.incidentId, command.comment(), command.actor(), command.at(), MEASURES_BASIS));
        }
        return List.of(
                new RecurrenceReportApproved(
                        dossier.incidentId, command.comment(), command.actor(), command.at(), MEASURES_BASIS),
                new MeasuresOrdered(
                        dossier.incidentId, report.measures(), command.actor(), command.at(), MEASURES_BASIS));
    }

    /** Only the officer responsible completes a measure; the same completion again changes nothing. */
    static List<IncidentEvent> completeMeasure(Dossier dossier, CompleteMeasure command) {
        Checks.start()
                .notBlank("measureId", command.measureId())
                .notBlank("result", command.result())
                .orThrow();
        var measure = dossier.measures.get(command.measureId());
        if (measure == null) {
            throw Reject.unknown(ErrorCode.UNKNOWN_MEASURE, "measureId", command.measureId());
        }
        if (!command.actor().userId().equals(measure.officer())) {
            throw Reject.notAddressee(
                    "measureId", measure.id() + " is the responsibility of " + measure.officer(), MEASURES_BASIS);
        }
        if (measure.status() == MeasureStatus.COMPLETED) {
            if (command.result().equals(measure.result())) {
                return List.of();
            }
            throw Reject.state("measureId", measure.id() + " is already completed");
        }
        return List.of(new MeasureCompleted(
                dossier.incidentId, measure.id(), command.result(), command.actor(), command.at(), MEASURES_BASIS));
    }

    /** The same lessons to the same people again change nothing; more sharing is recorded. */
    static List<IncidentEvent> shareLessons(Dossier dossier, ShareLessons command) {
        var checks = Checks.start().notBlank("summary", command.summary()).notEmpty("sharedWith", command.sharedWith());
        if (command.sharedWith() != null) {
            for (var i = 0; i < command.sharedWith().size(); i++) {
                checks.notBlank("sharedWith[" + i + "]", command.sharedWith().get(i));
            }
        }
        checks.orThrow();
        var sharedWith = List.copyOf(command.sharedWith());
        var lessons = dossier.lessons;
        if (lessons != null
                && lessons.summary().equals(command.summary())
                && lessons.sharedWith().equals(sharedWith)) {
            return List.of();
        }
        return List.of(new LessonsShared(
                dossier.incidentId, command.summary(), sharedWith, command.actor(), command.at(), "001 Art. 33-3"));
    }
}
