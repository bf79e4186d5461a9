package org.sirtdesk.projections.incidentdetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.ClosureRequested;
import org.sirtdesk.core.incident.api.IncidentConfirmed;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentReopened;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionCompleted;
import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.InstructionStatus;
import org.sirtdesk.core.incident.api.MeasuresOrdered;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRequested;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;
import org.sirtdesk.projections.Events;

class IncidentDetailFoldTest {

    static final Actor SIRT = Actor.of("sirt1", Role.SIRT);
    static final Actor LEAD = Actor.of("lead1", Role.SIRT_LEAD);
    static final Actor CISO = Actor.of("ciso", Role.CISO);
    static final java.time.Instant T = Events.AWARE.plus(Duration.ofHours(1));

    static IncidentReported reported() {
        return new IncidentReported("inc-1", "TRK-1", ReportChannel.INTERNAL_FORM, Events.facts(), SIRT, T, null);
    }

    static ObligationRaised raised(String kind) {
        return new ObligationRaised(
                "inc-1",
                "inc-1:" + kind,
                kind,
                "Ministry",
                "rule",
                Events.AWARE,
                T.plus(Duration.ofDays(1)),
                null,
                LEAD,
                T,
                "001 Art. 31-3");
    }

    @Test
    void everyEventTypeHasADetailRule() {
        var detail = IncidentDetailFold.apply(null, reported(), 0);
        for (var event : Events.oneOfEach()) {
            assertThatCode(() -> IncidentDetailFold.apply(detail, event, 1))
                    .as(event.getClass().getSimpleName())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void foldsTheWorkflowIntoStateObligationsInstructionsAndClosure() {
        List<IncidentEvent> history = new ArrayList<>(List.of(
                reported(),
                new TriageStarted("inc-1", "looking", SIRT, T, null),
                new IncidentConfirmed("inc-1", Severity.HIGH, "real", LEAD, T, null),
                raised("SUPERVISING_MINISTRY"),
                raised("MIC"),
                new ObligationRescheduled(
                        "inc-1", "inc-1:MIC", Events.AWARE, T.plus(Duration.ofHours(2)), null, LEAD, T, null),
                new NotificationSent(
                        "inc-1",
                        "inc-1:SUPERVISING_MINISTRY",
                        T.plus(Duration.ofHours(3)),
                        NotificationChannel.EMAIL,
                        "REF-1",
                        "notified",
                        null,
                        SIRT,
                        T,
                        null),
                new WaiverRequested("inc-1", "inc-1:MIC", "n/a", LEAD, T, null),
                new WaiverApproved("inc-1", "inc-1:MIC", "ok", CISO, T, null),
                new InstructionIssued(
                        "inc-1", "i-1", InstructionKind.CONTAINMENT, "officer1", "www", "contain", null, LEAD, T, null),
                new InstructionCompleted("inc-1", "i-1", "done", Actor.of("officer1", Role.OFFICER), T, null),
                new MeasuresOrdered(
                        "inc-1", List.of(new RecurrenceMeasure("m-1", "train staff", "officer2")), CISO, T, null),
                new ClosureRequested("inc-1", "all done", LEAD, T, null),
                new ClosureApproved("inc-1", "ok", CISO, T, null)));

        var detail = IncidentDetailFold.fold(history);

        assertThat(detail.state()).isEqualTo(IncidentState.CLOSED);
        assertThat(detail.severity()).isEqualTo(Severity.HIGH);
        assertThat(detail.version()).isEqualTo(history.size() - 1);
        assertThat(detail.obligations())
                .extracting(ObligationView::obligationId, ObligationView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("inc-1:SUPERVISING_MINISTRY", ObligationStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple("inc-1:MIC", ObligationStatus.WAIVED));
        var sent = detail.obligations().get(0);
        assertThat(sent.sender()).isEqualTo("sirt1");
        assertThat(sent.reference()).isEqualTo("REF-1");
        assertThat(detail.obligations().get(1).dueAt()).isEqualTo(T.plus(Duration.ofHours(2)));
        assertThat(detail.instructions().get(0).status()).isEqualTo(InstructionStatus.COMPLETED);
        assertThat(detail.closure()).isEqualTo(new ClosureView("APPROVED", "lead1", "ciso", "ok"));
        assertThat(detail.names("officer1")).isTrue();
        assertThat(detail.names("officer2")).isTrue();
        assertThat(detail.names("officer3")).isFalse();
    }

    @Test
    void theInputIsNeverChanged() {
        var before = IncidentDetailFold.fold(List.of(reported(), raised("MIC")));
        var after =
                IncidentDetailFold.apply(before, new WaiverRequested("inc-1", "inc-1:MIC", "n/a", LEAD, T, null), 2);
        assertThat(before.obligations().get(0).status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(after.obligations().get(0).status()).isEqualTo(ObligationStatus.WAIVER_REQUESTED);
    }

    @Test
    void reopeningAClosedIncidentClearsTheClosureAndRespondsAgain() {
        var closed = IncidentDetailFold.fold(List.of(
                reported(),
                new IncidentConfirmed("inc-1", Severity.LOW, "real", LEAD, T, null),
                new ClosureRequested("inc-1", "done", LEAD, T, null),
                new ClosureApproved("inc-1", "ok", CISO, T, null)));
        var reopened = IncidentDetailFold.apply(
                closed, new IncidentReopened("inc-1", "again", null, IncidentState.CLOSED, LEAD, T, null), 4);
        assertThat(reopened.state()).isEqualTo(IncidentState.RESPONDING);
        assertThat(reopened.closure()).isNull();
        assertThat(AssessmentDecision.values()).isNotEmpty();
    }
}
