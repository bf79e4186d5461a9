package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.CompleteMeasure;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.LessonsShared;
import org.sirtdesk.core.incident.api.MeasureCompleted;
import org.sirtdesk.core.incident.api.MeasuresOrdered;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.RecurrenceReportApproved;
import org.sirtdesk.core.incident.api.RecurrenceReportReturned;
import org.sirtdesk.core.incident.api.RecurrenceReportSubmitted;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Role;

class ReviewTest {

    private static final java.time.Instant SUBMITTED = RECOVERED.plus(Duration.ofDays(3));

    @Nested
    class SubmittingTheRecurrenceReport {

        @Test
        void theInstructedOfficerSubmitsCauseAndMeasures() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(submitReport(
                            OFFICER, measure("m-1", OFFICER), new RecurrenceMeasure("m-2", "train staff", null)))
                    .expectEvents(new RecurrenceReportSubmitted(
                            ID,
                            "root cause found",
                            List.of(measure("m-1", OFFICER), new RecurrenceMeasure("m-2", "train staff", "officer1")),
                            OFFICER,
                            SUBMITTED,
                            "001 Art. 33-1"))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.REVIEW));
        }

        @Test
        void ignoresTheSameSubmissionTwice() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(submitReport(OFFICER, measure("m-1", OFFICER)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void resubmitsAReturnedReport() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), returnReport(CISO, "measures too vague")))
                    .when(submitReport(OFFICER, new RecurrenceMeasure("m-1", "patch within 48 h", null)))
                    .expectEventsMatching(Fixtures.payloadTypes(RecurrenceReportSubmitted.class));
        }

        @Test
        void rejectsAnotherSubmissionWhileUnderReview() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(submitReport(OFFICER, measure("m-9", OFFICER)))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "recurrenceReport"));
        }

        @Test
        void rejectsAnOfficerWhoReceivedNoInstruction() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(submitReport(OFFICER2, measure("m-1", OFFICER2)))
                    .expectException(rejected(ErrorCode.NOT_ADDRESSEE, "actor"));
        }

        @Test
        void rejectsAReportBeforeRecovery() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(submitReport(OFFICER, measure("m-1", OFFICER)))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsTheSirtLeadSubmitting() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(submitReport(LEAD, measure("m-1", OFFICER)))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void namesEveryProblemOfTheReport() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(new SubmitRecurrenceReport(
                            ID,
                            null,
                            OFFICER,
                            SUBMITTED,
                            "",
                            List.of(new RecurrenceMeasure("m-1", "a", null), new RecurrenceMeasure("m-1", " ", null))))
                    .expectException(rejected(
                            ErrorCode.VALIDATION_FAILED, "cause", "measures[1].text", "measures[1].measureId"));
        }

        @Test
        void rejectsAReportWithoutMeasures() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(new SubmitRecurrenceReport(ID, null, OFFICER, SUBMITTED, "cause", List.of()))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "measures"));
        }
    }

    @Nested
    class ReviewingTheReport {

        @Test
        void approvesTheReportAndOrdersItsMeasures() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(approveReport(CISO))
                    .expectEvents(
                            new RecurrenceReportApproved(ID, "approved", CISO, REVIEWED, "001 Art. 33-2"),
                            new MeasuresOrdered(ID, List.of(measure("m-1", OFFICER)), CISO, REVIEWED, "001 Art. 33-2"));
        }

        @Test
        void returnsTheReportWithComments() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(returnReport(CISO, "measures too vague"))
                    .expectEvents(
                            new RecurrenceReportReturned(ID, "measures too vague", CISO, REVIEWED, "001 Art. 33-2"));
        }

        @Test
        void rejectsAcceptanceByTheSubmitterWhateverRoleTheyHold() {
            var officerAsCiso = Actor.of("officer1", Role.CISO);
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(approveReport(officerAsCiso))
                    .expectException(rejected(ErrorCode.SEGREGATION_OF_DUTIES, "actor"))
                    .expectNoEvents();
        }

        @Test
        void ignoresTheSameApprovalTwice() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), approveReport(CISO)))
                    .when(approveReport(CISO))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsReturningAnApprovedReport() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), approveReport(CISO)))
                    .when(returnReport(CISO, "on second thought"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "recurrenceReport"));
        }

        @Test
        void rejectsAReturnWithoutComment() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(returnReport(CISO, ""))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "comment"));
        }

        @Test
        void rejectsTheSirtLeadReviewing() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(approveReport(LEAD))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsAReviewBeforeAnySubmission() {
            fixture()
                    .givenCommands(aRecoveredIncident())
                    .when(approveReport(CISO))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsADecisionWithoutDecision() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(new ReviewRecurrenceReport(ID, null, CISO, REVIEWED, null, "?"))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "decision"));
        }
    }

    @Nested
    class CompletingAMeasure {

        private final java.time.Instant completedAt = REVIEWED.plus(Duration.ofDays(2));

        @Test
        void theResponsibleOfficerCompletesAnOrderedMeasure() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), approveReport(CISO)))
                    .when(completeMeasure("m-1", OFFICER))
                    .expectEvents(
                            new MeasureCompleted(ID, "m-1", "implemented", OFFICER, completedAt, "001 Art. 33-2"));
        }

        @Test
        void ignoresTheSameCompletionTwice() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), approveReport(CISO), completeMeasure("m-1", OFFICER)))
                    .when(completeMeasure("m-1", OFFICER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherResultForACompletedMeasure() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), approveReport(CISO), completeMeasure("m-1", OFFICER)))
                    .when(new CompleteMeasure(ID, null, OFFICER, completedAt, "m-1", "half done"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "measureId"));
        }

        @Test
        void rejectsAnOfficerNotResponsible() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), approveReport(CISO)))
                    .when(completeMeasure("m-1", OFFICER2))
                    .expectException(rejected(ErrorCode.NOT_ADDRESSEE, "measureId"));
        }

        @Test
        void rejectsAMeasureNotOrdered() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(completeMeasure("m-1", OFFICER))
                    .expectException(rejected(ErrorCode.UNKNOWN_MEASURE, "measureId"));
        }
    }

    @Nested
    class SharingLessons {

        @Test
        void recordsTheLessonsAndWithWhomTheyWereShared() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(shareLessons())
                    .expectEvents(new LessonsShared(
                            ID,
                            "patch faster",
                            List.of("統括情報セキュリティ責任者"),
                            LEAD,
                            REVIEWED.plus(Duration.ofDays(3)),
                            "001 Art. 33-3"));
        }

        @Test
        void ignoresTheSameSharingTwice() {
            fixture()
                    .givenCommands(with(anIncidentUnderReview(), shareLessons()))
                    .when(shareLessons())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void namesEveryBlankRecipient() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(new ShareLessons(ID, null, LEAD, REVIEWED, "x", List.of("ok", " ")))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "sharedWith[1]"));
        }

        @Test
        void rejectsLessonsBeforeRecovery() {
            fixture()
                    .givenCommands(anIncidentInResponse())
                    .when(shareLessons())
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsTheCisoSharing() {
            fixture()
                    .givenCommands(anIncidentUnderReview())
                    .when(new ShareLessons(ID, null, CISO, REVIEWED, "x", List.of("all")))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }
    }
}
