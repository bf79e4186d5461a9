package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.CompleteInstruction;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionAcknowledged;
import org.sirtdesk.core.incident.api.InstructionCompleted;
import org.sirtdesk.core.incident.api.InstructionIssued;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.RecoveryRecorded;
import org.sirtdesk.core.shared.ErrorCode;

class ResponseTest {

    private static final String INSTRUCTION_BASIS = "001 Art. 31-4";

    @Nested
    class IssuingAnInstruction {

        @Test
        void instructsANamedOfficerAndStartsTheResponse() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "www"))
                    .expectEvents(new InstructionIssued(
                            ID,
                            "ins-1",
                            InstructionKind.CONTAINMENT,
                            "officer1",
                            "www",
                            "please act on www",
                            null,
                            LEAD,
                            LATER,
                            INSTRUCTION_BASIS))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.RESPONDING));
        }

        @Test
        void asksAnotherSystemsOfficerToCheckForTheSameIncident() {
            var due = LATER.plus(Duration.ofDays(1));
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(new IssueInstruction(
                            ID,
                            null,
                            SIRT,
                            LATER,
                            "ins-2",
                            InstructionKind.CHECK_OTHER_SYSTEM,
                            "officer2",
                            "payroll",
                            "check for the same web shell",
                            due))
                    .expectEvents(new InstructionIssued(
                            ID,
                            "ins-2",
                            InstructionKind.CHECK_OTHER_SYSTEM,
                            "officer2",
                            "payroll",
                            "check for the same web shell",
                            due,
                            SIRT,
                            LATER,
                            INSTRUCTION_BASIS));
        }

        @Test
        void ignoresTheSameInstructionTwice() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "www"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnIdReusedForAnotherInstruction() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(instruct("ins-1", InstructionKind.RECOVERY, OFFICER2, "mail"))
                    .expectException(rejected(ErrorCode.DUPLICATE_ID, "instructionId"));
        }

        @Test
        void namesEveryMissingField() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new IssueInstruction(ID, null, LEAD, LATER, "ins-1", null, " ", null, "", null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "kind", "officer", "system", "text"));
        }

        @Test
        void rejectsAnOfficerIssuing() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new IssueInstruction(
                            ID, null, OFFICER, LATER, "ins-1", InstructionKind.RECOVERY, "officer2", "x", "t", null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsAnInstructionBeforeTheAssessment() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "www"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }
    }

    @Nested
    class AcknowledgingAnInstruction {

        @Test
        void theNamedOfficerAcknowledges() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(acknowledgeInstruction("ins-1", OFFICER))
                    .expectEvents(new InstructionAcknowledged(
                            ID, "ins-1", OFFICER, LATER.plus(Duration.ofMinutes(10)), "001 Art. 31-5"));
        }

        @Test
        void ignoresASecondAcknowledgement() {
            fixture()
                    .givenCommands(with(anIncidentInResponse(), acknowledgeInstruction("ins-1", OFFICER)))
                    .when(acknowledgeInstruction("ins-1", OFFICER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherOfficer() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(acknowledgeInstruction("ins-1", OFFICER2))
                    .expectException(rejected(ErrorCode.NOT_ADDRESSEE, "instructionId"));
        }

        @Test
        void rejectsAnUnknownInstruction() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(acknowledgeInstruction("ins-9", OFFICER))
                    .expectException(rejected(ErrorCode.UNKNOWN_INSTRUCTION, "instructionId"));
        }

        @Test
        void rejectsTheSirtLeadActingForTheOfficer() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(acknowledgeInstruction("ins-1", LEAD))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }
    }

    @Nested
    class CompletingAnInstruction {

        @Test
        void theNamedOfficerCompletesAnAcknowledgedInstruction() {
            fixture()
                    .givenCommands(with(anIncidentInResponse(), acknowledgeInstruction("ins-1", OFFICER)))
                    .when(completeInstruction("ins-1", OFFICER))
                    .expectEvents(new InstructionCompleted(
                            ID, "ins-1", "done", OFFICER, RECOVERED.minus(Duration.ofHours(1)), "001 Art. 31-5"));
        }

        @Test
        void ignoresTheSameCompletionTwice() {
            fixture()
                    .givenCommands(with(
                            anIncidentInResponse(),
                            acknowledgeInstruction("ins-1", OFFICER),
                            completeInstruction("ins-1", OFFICER)))
                    .when(completeInstruction("ins-1", OFFICER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherResultForACompletedInstruction() {
            fixture()
                    .givenCommands(with(
                            anIncidentInResponse(),
                            acknowledgeInstruction("ins-1", OFFICER),
                            completeInstruction("ins-1", OFFICER)))
                    .when(new CompleteInstruction(ID, null, OFFICER, RECOVERED, "ins-1", "something else"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "instructionId"));
        }

        @Test
        void rejectsCompletionBeforeAcknowledgement() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(completeInstruction("ins-1", OFFICER))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "instructionId"));
        }

        @Test
        void rejectsAnotherOfficer() {
            fixture()
                    .givenCommands(with(anIncidentInResponse(), acknowledgeInstruction("ins-1", OFFICER)))
                    .when(completeInstruction("ins-1", OFFICER2))
                    .expectException(rejected(ErrorCode.NOT_ADDRESSEE));
        }

        @Test
        void rejectsACompletionWithoutResult() {
            fixture()
                    .givenCommands(with(anIncidentInResponse(), acknowledgeInstruction("ins-1", OFFICER)))
                    .when(new CompleteInstruction(ID, null, OFFICER, RECOVERED, "ins-1", ""))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "result"));
        }
    }

    @Nested
    class RecordingRecovery {

        @Test
        void recordsRecoveryOfARespondingIncident() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(recover())
                    .expectEvents(new RecoveryRecorded(ID, "service restored", LEAD, RECOVERED, "001 Art. 31-4"))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.RECOVERED));
        }

        @Test
        void recordsRecoveryOfAConfirmedIncidentThatNeededNoInstruction() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(recover())
                    .expectEvents(new RecoveryRecorded(ID, "service restored", LEAD, RECOVERED, "001 Art. 31-4"));
        }

        @Test
        void ignoresTheSameRecoveryTwice() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(recover())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherRecoveryOnceRecovered() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(new RecordRecovery(ID, null, LEAD, RECOVERED, "restored from tape"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsASirtMember() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(new RecordRecovery(ID, null, SIRT, RECOVERED, "restored"))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsRecoveryUnderReview() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(recover())
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }
    }
}
