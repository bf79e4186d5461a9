package org.sirtdesk.projections.incidentdetail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
        return edit(d -> d.version = newVersion);
    }

    IncidentDetailView withState(IncidentState newState) {
        return edit(d -> d.state = newState);
    }

    IncidentDetailView withSeverity(Severity newSeverity) {
        return edit(d -> d.severity = newSeverity);
    }

    /** The facts and the list columns taken from them (category, title, awareness time). */
    IncidentDetailView withFacts(ReportFacts newFacts, TriState newMayAffectOthers) {
        return edit(d -> {
            d.facts = newFacts;
            d.category = newFacts.category();
            d.title = newFacts.title();
            d.awareAt = newFacts.awareAt();
            d.mayAffectOthers = newMayAffectOthers;
        });
    }

    IncidentDetailView withObligations(List<ObligationView> newObligations) {
        return edit(d -> d.obligations = newObligations);
    }

    IncidentDetailView withInstructions(List<InstructionView> newInstructions) {
        return edit(d -> d.instructions = newInstructions);
    }

    IncidentDetailView withRecurrenceReport(RecurrenceReportView report) {
        return edit(d -> d.recurrenceReport = report);
    }

    IncidentDetailView withMeasures(List<MeasureView> newMeasures) {
        return edit(d -> d.measures = newMeasures);
    }

    IncidentDetailView withClosure(ClosureView newClosure) {
        return edit(d -> d.closure = newClosure);
    }

    /** A copy with the changes {@code change} makes to a draft of this view. */
    private IncidentDetailView edit(Consumer<Draft> change) {
        var draft = new Draft(this);
        change.accept(draft);
        return draft.view();
    }

    /** The components of a view, to be changed one by one before the new view is made. */
    private static final class Draft {
        final String incidentId;
        final String trackingCode;
        IncidentState state;
        Severity severity;
        Category category;
        String title;
        Instant awareAt;
        final Instant reportedAt;
        long version;
        ReportFacts facts;
        TriState mayAffectOthers;
        List<ObligationView> obligations;
        List<InstructionView> instructions;
        RecurrenceReportView recurrenceReport;
        List<MeasureView> measures;
        ClosureView closure;

        Draft(IncidentDetailView view) {
            incidentId = view.incidentId;
            trackingCode = view.trackingCode;
            state = view.state;
            severity = view.severity;
            category = view.category;
            title = view.title;
            awareAt = view.awareAt;
            reportedAt = view.reportedAt;
            version = view.version;
            facts = view.facts;
            mayAffectOthers = view.mayAffectOthers;
            obligations = view.obligations;
            instructions = view.instructions;
            recurrenceReport = view.recurrenceReport;
            measures = view.measures;
            closure = view.closure;
        }

        IncidentDetailView view() {
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
                    closure);
        }
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
