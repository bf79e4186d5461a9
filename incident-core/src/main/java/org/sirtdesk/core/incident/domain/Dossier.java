package org.sirtdesk.core.incident.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sirtdesk.core.incident.api.CisoReportAcknowledged;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.ClosureRefused;
import org.sirtdesk.core.incident.api.ClosureRequested;
import org.sirtdesk.core.incident.api.CymatSupportRequested;
import org.sirtdesk.core.incident.api.DeadlineLimit;
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
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportedToCiso;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.incident.api.WaiverRequested;
import org.sirtdesk.core.shared.Severity;

/**
 * Everything the incident's rules need to know, built only from its events. An <em>episode</em>
 * starts at the report and again at each reopening of a closed incident: the recurrence report,
 * lessons, CISO report and closure request belong to the current episode.
 */
final class Dossier {

    record CisoReport(String summary, boolean acknowledged) {}

    record Lessons(String summary, List<String> sharedWith) {}

    record ClosureRequest(String requester, String summary) {}

    record Reopening(String reason, String relatedIncidentId, IncidentState to) {}

    String incidentId;
    Instant reportedAt;
    IncidentState state;
    ReportFacts facts;
    Severity severity;
    TriState mayAffectOthers = TriState.UNKNOWN;
    boolean cymatRequested;
    Instant confirmedAt;
    Instant cyberSuspicionAt;
    Instant personalDataAt;
    Instant recoveredAt;
    String recoverySummary;
    String dismissalReason;
    int episode = 1;
    Instant episodeStartedAt;
    CisoReport cisoReport;
    RecurrenceReport report;
    Lessons lessons;
    ClosureRequest closureRequest;
    Reopening lastReopening;
    final Map<String, Obligation> obligations = new LinkedHashMap<>();
    final Map<String, Instruction> instructions = new LinkedHashMap<>();
    final Map<String, Measure> measures = new LinkedHashMap<>();
    final Map<String, NoteAdded> notes = new LinkedHashMap<>();
    final Map<String, EvidenceReferenced> evidence = new LinkedHashMap<>();
    /** Missed due times already recorded, as {@code obligationId|limit|dueAt}. */
    final Set<String> missedDeadlines = new HashSet<>();

    IncidentState state() {
        return state;
    }

    boolean confirmed() {
        return switch (state) {
            case CONFIRMED, RESPONDING, RECOVERED, REVIEW, CLOSED -> true;
            case REPORTED, TRIAGE, NOT_AN_INCIDENT -> false;
        };
    }

    /** When any part of the body became aware; the report time when that is unknown. */
    Instant awareAt() {
        return facts.awareAt() != null ? facts.awareAt() : reportedAt;
    }

    Collection<Obligation> obligations() {
        return obligations.values();
    }

    /** The most recently raised obligation of a kind, if any. */
    Optional<Obligation> latestObligation(String kind) {
        Obligation latest = null;
        for (var o : obligations.values()) {
            if (o.kind().equals(kind)) {
                latest = o;
            }
        }
        return Optional.ofNullable(latest);
    }

    long raisedCount(String kind) {
        return obligations.values().stream().filter(o -> o.kind().equals(kind)).count();
    }

    /** Whether the user is named on an instruction or a measure of this incident. */
    boolean names(String userId) {
        return instructions.values().stream().anyMatch(i -> i.officer().equals(userId))
                || measures.values().stream().anyMatch(m -> userId.equals(m.officer()));
    }

    void apply(IncidentEvent event) {
        if (event instanceof IncidentReported e) {
            incidentId = e.incidentId();
            reportedAt = e.at();
            episodeStartedAt = e.at();
            state = IncidentState.REPORTED;
            facts(e.facts(), e.at());
        } else if (event instanceof TriageStarted) {
            state = IncidentState.TRIAGE;
        } else if (event instanceof FactsCorrected e) {
            severity = e.severity();
            mayAffectOthers = e.mayAffectOthers();
            facts(e.facts(), e.at());
        } else if (event instanceof IncidentConfirmed e) {
            severity = e.severity();
            confirmedAt = e.at();
            state = IncidentState.CONFIRMED;
        } else if (event instanceof IncidentDismissed e) {
            dismissalReason = e.reason();
            state = IncidentState.NOT_AN_INCIDENT;
        } else if (event instanceof ReportedToCiso e) {
            cisoReport = new CisoReport(e.summary(), false);
        } else if (event instanceof CisoReportAcknowledged && cisoReport != null) {
            cisoReport = new CisoReport(cisoReport.summary(), true);
        } else if (event instanceof CymatSupportRequested) {
            cymatRequested = true;
        } else if (event instanceof RecoveryRecorded e) {
            recoveredAt = e.at();
            recoverySummary = e.summary();
            state = IncidentState.RECOVERED;
        } else if (event instanceof LessonsShared e) {
            lessons = new Lessons(e.summary(), e.sharedWith());
        } else if (event instanceof NoteAdded e) {
            notes.put(e.noteId(), e);
        } else if (event instanceof EvidenceReferenced e) {
            evidence.put(e.evidenceId(), e);
        } else if (event instanceof IncidentReopened e) {
            reopened(e);
        } else if (event instanceof DeadlineMissed e) {
            missedDeadlines.add(missedKey(e.obligationId(), e.limit(), e.dueAt()));
        } else {
            applyObligationEvent(event);
            applyResponseEvent(event);
        }
    }

    static String missedKey(String obligationId, DeadlineLimit limit, Instant dueAt) {
        return obligationId + "|" + limit + "|" + dueAt;
    }

    private void facts(ReportFacts newFacts, Instant at) {
        facts = newFacts;
        if (cyberSuspicionAt == null && newFacts.cyberAttackSuspected().isYes()) {
            cyberSuspicionAt = at;
        }
        if (personalDataAt == null && newFacts.personalData().involved().isYes()) {
            personalDataAt = at;
        }
    }

    private void reopened(IncidentReopened e) {
        if (e.previousState() == IncidentState.CLOSED) {
            episode++;
            episodeStartedAt = e.at();
            state = IncidentState.RESPONDING;
            recoveredAt = null;
            recoverySummary = null;
            cisoReport = null;
            report = null;
            lessons = null;
            closureRequest = null;
        } else {
            dismissalReason = null;
            state = IncidentState.TRIAGE;
        }
        lastReopening = new Reopening(e.reason(), e.relatedIncidentId(), state);
    }

    private void applyObligationEvent(IncidentEvent event) {
        if (event instanceof ObligationRaised e) {
            obligations.put(
                    e.obligationId(),
                    new Obligation(
                            e.obligationId(),
                            e.kind(),
                            e.recipient(),
                            e.basis(),
                            episode,
                            e.at(),
                            e.clockStart(),
                            e.dueAt(),
                            e.hardDueAt(),
                            ObligationStatus.OPEN,
                            null,
                            null,
                            null,
                            null));
        } else if (event instanceof ObligationRescheduled e) {
            update(e.obligationId(), o -> o.rescheduled(e.clockStart(), e.dueAt(), e.hardDueAt()));
        } else if (event instanceof NotificationSent e) {
            update(e.obligationId(), o -> o.sent(e));
        } else if (event instanceof NotificationAcknowledged e) {
            update(e.obligationId(), o -> o.acknowledged(e.reference()));
        } else if (event instanceof WaiverRequested e) {
            update(e.obligationId(), o -> o.waiverRequested(e.actor().userId(), e.reason()));
        } else if (event instanceof WaiverApproved e) {
            update(e.obligationId(), o -> o.withStatus(ObligationStatus.WAIVED));
        } else if (event instanceof WaiverRefused e) {
            update(e.obligationId(), o -> o.withStatus(ObligationStatus.OPEN));
        }
    }

    private void update(String obligationId, UnaryOperator<Obligation> change) {
        obligations.computeIfPresent(obligationId, (id, o) -> change.apply(o));
    }

    private void applyResponseEvent(IncidentEvent event) {
        if (event instanceof InstructionIssued e) {
            instructions.put(e.instructionId(), new Instruction(e, InstructionStatus.OPEN, null));
            if (state == IncidentState.CONFIRMED) {
                state = IncidentState.RESPONDING;
            }
        } else if (event instanceof InstructionAcknowledged e) {
            instructions.computeIfPresent(e.instructionId(), (id, i) -> i.with(InstructionStatus.ACKNOWLEDGED, null));
        } else if (event instanceof InstructionCompleted e) {
            instructions.computeIfPresent(
                    e.instructionId(), (id, i) -> i.with(InstructionStatus.COMPLETED, e.result()));
        } else if (event instanceof RecurrenceReportSubmitted e) {
            report = new RecurrenceReport(
                    RecurrenceReportStatus.SUBMITTED,
                    e.cause(),
                    e.measures(),
                    e.actor().userId(),
                    null);
            state = IncidentState.REVIEW;
        } else if (event instanceof RecurrenceReportApproved e && report != null) {
            report = report.with(RecurrenceReportStatus.APPROVED, e.comment());
        } else if (event instanceof RecurrenceReportReturned e && report != null) {
            report = report.with(RecurrenceReportStatus.RETURNED, e.comment());
        } else if (event instanceof MeasuresOrdered e) {
            e.measures()
                    .forEach(m -> measures.put(
                            m.measureId(),
                            new Measure(m.measureId(), m.text(), m.officer(), MeasureStatus.OPEN, null)));
        } else if (event instanceof MeasureCompleted e) {
            measures.computeIfPresent(e.measureId(), (id, m) -> m.completed(e.result()));
        } else if (event instanceof ClosureRequested e) {
            closureRequest = new ClosureRequest(e.actor().userId(), e.summary());
        } else if (event instanceof ClosureRefused) {
            closureRequest = null;
        } else if (event instanceof ClosureApproved) {
            state = IncidentState.CLOSED;
        }
    }

    private List<Object> fields() {
        return Arrays.asList(
                incidentId,
                reportedAt,
                state,
                facts,
                severity,
                mayAffectOthers,
                cymatRequested,
                confirmedAt,
                cyberSuspicionAt,
                personalDataAt,
                recoveredAt,
                recoverySummary,
                dismissalReason,
                episode,
                episodeStartedAt,
                cisoReport,
                report,
                lessons,
                closureRequest,
                lastReopening,
                obligations,
                instructions,
                measures,
                notes,
                evidence);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dossier d && fields().equals(d.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields().toArray());
    }

    @Override
    public String toString() {
        return "Dossier" + fields();
    }
}
