package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.ClosureRefused;
import org.sirtdesk.core.incident.api.ClosureRequested;
import org.sirtdesk.core.incident.api.DecideClosure;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.shared.ErrorCode;

class ClosureTest {

    @Nested
    class RequestingClosure {

        @Test
        void requestsClosureWhenEverythingIsSettled() {
            fixture()
                    .givenCommands(anIncidentReadyToClose())
                    .when(requestClosure(LEAD))
                    .expectEvents(new ClosureRequested(ID, "all done", LEAD, CLOSING, null));
        }

        @Test
        void rejectsClosureWhenPoliceNotificationOpen() {
            var attackFoundLate = correct(cyberAttackSuspected(), REVIEWED.plus(Duration.ofDays(4)));
            fixture()
                    .givenCommands(with(anIncidentReadyToClose(), attackFoundLate))
                    .when(requestClosure(LEAD))
                    .expectException(rejected(ErrorCode.CLOSURE_BLOCKED, "obligations[POLICE]"))
                    .expectNoEvents();
        }

        @Test
        void namesEveryMissingItemOfAFreshlyConfirmedIncident() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(requestClosure(LEAD))
                    .expectException(rejected(
                            ErrorCode.CLOSURE_BLOCKED,
                            "recovery",
                            "obligations[CISO_REPORT]",
                            "obligations[SUPERVISING_MINISTRY]",
                            "recurrenceReport",
                            "lessons"));
        }

        @Test
        void namesUnacknowledgedCisoReportOpenInstructionAndOpenMeasure() {
            var history = with(
                    aConfirmedIncident(),
                    reportToCiso(),
                    sent("SUPERVISING_MINISTRY"),
                    instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "www"),
                    instruct("ins-2", InstructionKind.CHECK_OTHER_SYSTEM, OFFICER2, "payroll"),
                    acknowledgeInstruction("ins-1", OFFICER),
                    completeInstruction("ins-1", OFFICER),
                    recover(),
                    submitReport(OFFICER, measure("m-1", OFFICER)),
                    approveReport(CISO),
                    shareLessons());
            fixture()
                    .givenCommands(history)
                    .when(requestClosure(LEAD))
                    .expectException(rejected(
                            ErrorCode.CLOSURE_BLOCKED,
                            "obligations[CISO_REPORT]",
                            "instructions[ins-2]",
                            "measures[m-1]"));
        }

        @Test
        void countsAPendingWaiverAsOpen() {
            var history = with(
                    aConfirmedIncident(),
                    reportToCiso(),
                    acknowledgeCisoReport(),
                    requestWaiver("SUPERVISING_MINISTRY", LEAD),
                    recover(),
                    submitReport(OFFICER, measure("m-1", OFFICER)),
                    approveReport(CISO),
                    completeMeasure("m-1", OFFICER),
                    shareLessons());
            fixture()
                    .givenCommands(history)
                    .when(requestClosure(LEAD))
                    .expectException(rejected(ErrorCode.CLOSURE_BLOCKED, "obligations[SUPERVISING_MINISTRY]"));
        }

        @Test
        void ignoresTheSameRequestTwice() {
            fixture()
                    .givenCommands(anIncidentAwaitingClosure())
                    .when(requestClosure(LEAD))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherRequestWhileOneIsPending() {
            fixture()
                    .givenCommands(anIncidentAwaitingClosure())
                    .when(new RequestClosure(ID, null, LEAD2, CLOSING, "please close"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "closure"));
        }

        @Test
        void rejectsTheCisoRequesting() {
            fixture()
                    .givenCommands(anIncidentReadyToClose())
                    .when(requestClosure(CISO))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsARequestWithoutSummary() {
            fixture()
                    .givenCommands(anIncidentReadyToClose())
                    .when(new RequestClosure(ID, null, LEAD, CLOSING, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "summary"));
        }

        @Test
        void rejectsClosingADismissedReport() {
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(requestClosure(LEAD))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }
    }

    @Nested
    class DecidingClosure {

        private final java.time.Instant decidedAt = CLOSING.plus(Duration.ofHours(2));

        @Test
        void closesTheIncidentWhenTheCisoApproves() {
            fixture()
                    .givenCommands(anIncidentAwaitingClosure())
                    .when(decideClosure(CISO, true))
                    .expectEvents(new ClosureApproved(ID, "closed", CISO, decidedAt, "001 Art. 19-1"))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.CLOSED));
        }

        @Test
        void rejectsSelfApprovalByARequesterWhoIsAlsoTheCiso() {
            fixture()
                    .givenCommands(with(anIncidentReadyToClose(), requestClosure(CISO_AS_LEAD)))
                    .when(decideClosure(CISO, true))
                    .expectException(rejected(ErrorCode.SEGREGATION_OF_DUTIES, "actor"))
                    .expectNoEvents();
        }

        @Test
        void refusesClosureAndAllowsANewRequest() {
            fixture()
                    .givenCommands(anIncidentAwaitingClosure())
                    .when(decideClosure(CISO, false))
                    .expectEvents(new ClosureRefused(ID, "not yet", CISO, decidedAt, "001 Art. 19-1"))
                    .expectState(i -> assertThat(i.dossier().closureRequest).isNull());
        }

        @Test
        void rejectsApprovalWhenAnItemOpenedAfterTheRequest() {
            var attackFoundLate = correct(cyberAttackSuspected(), CLOSING.plus(Duration.ofHours(1)));
            fixture()
                    .givenCommands(with(anIncidentAwaitingClosure(), attackFoundLate))
                    .when(decideClosure(CISO, true))
                    .expectException(rejected(ErrorCode.CLOSURE_BLOCKED, "obligations[POLICE]"));
        }

        @Test
        void ignoresApprovingAClosedIncidentAgain() {
            fixture()
                    .givenCommands(aClosedIncident())
                    .when(decideClosure(CISO, true))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsADecisionWithoutRequest() {
            fixture()
                    .givenCommands(anIncidentReadyToClose())
                    .when(decideClosure(CISO, true))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "closure"));
        }

        @Test
        void rejectsARefusalWithoutComment() {
            fixture()
                    .givenCommands(anIncidentAwaitingClosure())
                    .when(new DecideClosure(ID, null, CISO, decidedAt, false, " "))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "comment"));
        }

        @Test
        void rejectsTheSirtLeadDeciding() {
            fixture()
                    .givenCommands(anIncidentAwaitingClosure())
                    .when(decideClosure(LEAD2, true))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }
    }
}
