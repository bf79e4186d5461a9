package org.sirtdesk.projections.incidentdetail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Severity;

/**
 * The incident as the detail read model knows it after the event with sequence number {@code version}
 * (API.md, "Resource shapes"). Immutable: {@link IncidentDetailFold} makes a new one per event.
 */
public record IncidentDetailView(
        String incidentId,
        String trackingCode,
        IncidentState state,
        Severity severity,
        Category category,
        String title,
        Instant awareAt,
        Instant reportedAt,
        long version,
        ReportFacts facts,
        TriState mayAffectOthers,
        List<ObligationView> obligations,
        List<InstructionView> instructions,
        RecurrenceReportView recurrenceReport,
        List<MeasureView> measures,
        ClosureView closure) {

    public IncidentDetailView {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** Whether an instruction or a measure names this user: an officer may then read the incident. */
    public boolean names(String userId) {
        return instructions.stream().anyMatch(i -> userId.equals(i.officer()))
                || measures.stream().anyMatch(m -> userId.equals(m.officer()));
    }

    IncidentDetailView withVersion(long newVersion) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                newVersion,
                facts,
                mayAffectOthers,
                obligations,
                instructions,
                recurrenceReport,
                measures,
                closure);
    }

    IncidentDetailView withState(IncidentState newState) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                newState,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                obligations,
                instructions,
                recurrenceReport,
                measures,
                closure);
    }

    IncidentDetailView withSeverity(Severity newSeverity) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                newSeverity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                obligations,
                instructions,
                recurrenceReport,
                measures,
                closure);
    }

    IncidentDetailView withFacts(ReportFacts newFacts, TriState newMayAffectOthers) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                newFacts.category(),
                newFacts.title(),
                newFacts.awareAt(),
                reportedAt,
                version,
                newFacts,
                newMayAffectOthers,
                obligations,
                instructions,
                recurrenceReport,
                measures,
                closure);
    }

    IncidentDetailView withObligations(List<ObligationView> newObligations) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                newObligations,
                instructions,
                recurrenceReport,
                measures,
                closure);
    }

    IncidentDetailView withInstructions(List<InstructionView> newInstructions) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                obligations,
                newInstructions,
                recurrenceReport,
                measures,
                closure);
    }

    IncidentDetailView withRecurrenceReport(RecurrenceReportView report) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                obligations,
                instructions,
                report,
                measures,
                closure);
    }

    IncidentDetailView withMeasures(List<MeasureView> newMeasures) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                obligations,
                instructions,
                recurrenceReport,
                newMeasures,
                closure);
    }

    IncidentDetailView withClosure(ClosureView newClosure) {
        return new IncidentDetailView(
                incidentId,
                trackingCode,
                state,
                severity,
                category,
                title,
                awareAt,
                reportedAt,
                version,
                facts,
                mayAffectOthers,
                obligations,
                instructions,
                recurrenceReport,
                measures,
                newClosure);
    }

    IncidentDetailView obligation(String obligationId, UnaryOperator<ObligationView> change) {
        return withObligations(replace(obligations, o -> o.obligationId().equals(obligationId), change));
    }

    IncidentDetailView instruction(String instructionId, UnaryOperator<InstructionView> change) {
        return withInstructions(replace(instructions, i -> i.instructionId().equals(instructionId), change));
    }

    IncidentDetailView measure(String measureId, UnaryOperator<MeasureView> change) {
        return withMeasures(replace(measures, m -> m.measureId().equals(measureId), change));
    }

    static <T> List<T> replace(List<T> items, Predicate<T> which, UnaryOperator<T> change) {
        var copy = new ArrayList<T>(items.size());
        items.forEach(item -> copy.add(which.test(item) ? change.apply(item) : item));
        return copy;
    }

    static <T> List<T> append(List<T> items, T item) {
        var copy = new ArrayList<T>(items);
        copy.add(item);
        return copy;
    }
}
