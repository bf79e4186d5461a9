package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.AGENCY;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.DecideWaiver;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.incident.api.WaiverRequested;
import org.sirtdesk.core.shared.ErrorCode;

class NotificationTest {

    private static final String MINISTRY = "SUPERVISING_MINISTRY";
    private static final String MINISTRY_BASIS = "001 Art. 32-1; 003 §4(2)";

    private static String basisOf(String kind) {
        return AGENCY.rule(kind).orElseThrow().basis();
    }

    @Nested
    class RecordingASending {

        @Test
        void recordsTheMinistryContactAsSent() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(sent(MINISTRY))
                    .expectEvents(new NotificationSent(
                            ID,
                            obligation(MINISTRY),
                            LATER,
                            NotificationChannel.EMAIL,
                            "REF-" + MINISTRY,
                            "notified",
                            "sirt1",
                            SIRT,
                            LATER,
                            MINISTRY_BASIS));
        }

        @Test
        void recordsTheSenderNamedByTheRecorder() {
            var sentEarlier = LATER.minus(Duration.ofMinutes(20));
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RecordNotificationSent(
                            ID,
                            null,
                            SIRT,
                            LATER,
                            obligation(MINISTRY),
                            sentEarlier,
                            NotificationChannel.PHONE,
                            null,
                            "phoned the desk officer",
                            "lead2"))
                    .expectEvents(new NotificationSent(
                            ID,
                            obligation(MINISTRY),
                            sentEarlier,
                            NotificationChannel.PHONE,
                            null,
                            "phoned the desk officer",
                            "lead2",
                            SIRT,
                            LATER,
                            MINISTRY_BASIS));
        }

        @Test
        void ignoresTheIdenticalRecordTwice() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), sent(MINISTRY)))
                    .when(sent(MINISTRY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsADifferentRecordForASentNotification() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), sent(MINISTRY)))
                    .when(sent(MINISTRY, LEAD, LATER.plus(Duration.ofMinutes(1))))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void rejectsAnUnknownObligation() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(sent("POLICE"))
                    .expectException(rejected(ErrorCode.UNKNOWN_OBLIGATION, "obligationId"));
        }

        @Test
        void letsThePrivacyOfficerRecordThePpcPreliminaryReport() {
            var at = LATER.plus(Duration.ofDays(1));
            fixture()
                    .givenCommands(aConfirmedLeakOf150Persons())
                    .when(sent("PPC_PRELIMINARY", PRIVACY, at))
                    .expectEvents(new NotificationSent(
                            ID,
                            obligation("PPC_PRELIMINARY"),
                            at,
                            NotificationChannel.EMAIL,
                            "REF-PPC_PRELIMINARY",
                            "notified",
                            "privacy",
                            PRIVACY,
                            at,
                            basisOf("PPC_PRELIMINARY")));
        }

        @Test
        void rejectsThePrivacyOfficerRecordingTheMinistryContact() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(sent(MINISTRY, PRIVACY, LATER))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsAnOfficer() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(sent(MINISTRY, OFFICER, LATER))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsRecordingTheCisoReportOutsideTheCisoReportCommand() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(sent("CISO_REPORT", LEAD, LATER))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void rejectsASendingLaterThanItsRecording() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RecordNotificationSent(
                            ID,
                            null,
                            SIRT,
                            LATER,
                            obligation(MINISTRY),
                            LATER.plus(Duration.ofHours(1)),
                            NotificationChannel.EMAIL,
                            null,
                            "s",
                            null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "sentAt"));
        }

        @Test
        void namesEveryMissingField() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RecordNotificationSent(
                            ID, null, SIRT, LATER, obligation(MINISTRY), LATER, null, null, "", null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "channel", "summary"));
        }

        @Test
        void sendsAfterAllWhileAWaiverIsPending() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(sent(MINISTRY, SIRT, LATER.plus(Duration.ofMinutes(10))))
                    .expectEventsMatching(Fixtures.payloadTypes(NotificationSent.class))
                    .expectState(i -> assertThat(i.dossier()
                                    .obligations
                                    .get(obligation(MINISTRY))
                                    .status())
                            .isEqualTo(ObligationStatus.SENT));
        }

        @Test
        void rejectsSendingAWaivedObligation() {
            fixture()
                    .givenCommands(with(
                            aConfirmedIncident(), requestWaiver(MINISTRY, LEAD), decideWaiver(MINISTRY, CISO, true)))
                    .when(sent(MINISTRY, SIRT, LATER.plus(Duration.ofHours(1))))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void rejectsRecordingBeforeTheIncidentIsConfirmed() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(sent(MINISTRY))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }
    }

    @Nested
    class RecordingAnAcknowledgement {

        private final Instant acknowledgedAt = LATER.plus(Duration.ofHours(2));

        @Test
        void recordsTheMinistrysAcknowledgement() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), sent(MINISTRY)))
                    .when(acknowledged(MINISTRY, SIRT, acknowledgedAt))
                    .expectEvents(new NotificationAcknowledged(
                            ID, obligation(MINISTRY), "ACK-" + MINISTRY, SIRT, acknowledgedAt, MINISTRY_BASIS));
        }

        @Test
        void ignoresTheSameAcknowledgementTwice() {
            fixture()
                    .givenCommands(
                            with(aConfirmedIncident(), sent(MINISTRY), acknowledged(MINISTRY, SIRT, acknowledgedAt)))
                    .when(acknowledged(MINISTRY, LEAD, acknowledgedAt.plus(Duration.ofMinutes(1))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAcknowledgingAnUnsentNotification() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(acknowledged(MINISTRY, SIRT, acknowledgedAt))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void rejectsAnAcknowledgementBeforeTheSending() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), sent(MINISTRY)))
                    .when(acknowledged(MINISTRY, SIRT, LATER.minus(Duration.ofMinutes(1))))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "at"));
        }

        @Test
        void recordsALateAcknowledgementOnAClosedIncident() {
            var muchLater = CLOSING.plus(Duration.ofDays(3));
            fixture()
                    .givenCommands(aClosedIncident())
                    .when(acknowledged(MINISTRY, SIRT, muchLater))
                    .expectEvents(new NotificationAcknowledged(
                            ID, obligation(MINISTRY), "ACK-" + MINISTRY, SIRT, muchLater, MINISTRY_BASIS));
        }
    }

    @Nested
    class RequestingAWaiver {

        @Test
        void requestsAWaiverOfTheMinistryContact() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(requestWaiver(MINISTRY, LEAD))
                    .expectEvents(new WaiverRequested(
                            ID, obligation(MINISTRY), "not applicable after review", LEAD, LATER, MINISTRY_BASIS));
        }

        @Test
        void ignoresTheSameRequestTwice() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(requestWaiver(MINISTRY, LEAD))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondRequestWhileOneIsPending() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(requestWaiver(MINISTRY, LEAD2))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void refusesToWaiveTheCisoReport() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(requestWaiver("CISO_REPORT", LEAD))
                    .expectException(rejected(ErrorCode.NOT_WAIVABLE, "obligationId"));
        }

        @Test
        void letsThePrivacyOfficerRequestAWaiverOfThePpcReport() {
            fixture()
                    .givenCommands(aConfirmedLeakOf150Persons())
                    .when(requestWaiver("PPC_FINAL", PRIVACY))
                    .expectEventsMatching(Fixtures.payloadTypes(WaiverRequested.class));
        }

        @Test
        void rejectsThePrivacyOfficerForTheMinistry() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(requestWaiver(MINISTRY, PRIVACY))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsASirtMember() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(requestWaiver(MINISTRY, SIRT))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsWaivingASentNotification() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), sent(MINISTRY)))
                    .when(requestWaiver(MINISTRY, LEAD))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void rejectsARequestWithoutReason() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RequestWaiver(ID, null, LEAD, LATER, obligation(MINISTRY), " "))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "reason"));
        }
    }

    @Nested
    class DecidingAWaiver {

        private final Instant decidedAt = LATER.plus(Duration.ofMinutes(5));

        @Test
        void approvesAWaiverRequestedBySomeoneElse() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(decideWaiver(MINISTRY, CISO, true))
                    .expectEvents(new WaiverApproved(ID, obligation(MINISTRY), "ok", CISO, decidedAt, "001 Art. 19-1"))
                    .expectState(i -> assertThat(i.dossier()
                                    .obligations
                                    .get(obligation(MINISTRY))
                                    .status())
                            .isEqualTo(ObligationStatus.WAIVED));
        }

        @Test
        void refusesAWaiverAndOpensTheObligationAgain() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(decideWaiver(MINISTRY, CISO, false))
                    .expectEvents(new WaiverRefused(ID, obligation(MINISTRY), "ok", CISO, decidedAt, "001 Art. 19-1"))
                    .expectState(i -> assertThat(i.dossier()
                                    .obligations
                                    .get(obligation(MINISTRY))
                                    .status())
                            .isEqualTo(ObligationStatus.OPEN));
        }

        @Test
        void rejectsSelfApprovalEvenWhenTheRequesterHoldsTheCisoRole() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, CISO_AS_LEAD)))
                    .when(decideWaiver(MINISTRY, CISO, true))
                    .expectException(rejected(ErrorCode.SEGREGATION_OF_DUTIES))
                    .expectNoEvents();
        }

        @Test
        void ignoresApprovingAnApprovedWaiverAgain() {
            fixture()
                    .givenCommands(with(
                            aConfirmedIncident(), requestWaiver(MINISTRY, LEAD), decideWaiver(MINISTRY, CISO, true)))
                    .when(decideWaiver(MINISTRY, CISO, true))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsADecisionWithoutAPendingWaiver() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(decideWaiver(MINISTRY, CISO, true))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "obligationId"));
        }

        @Test
        void rejectsTheSirtLeadDeciding() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(decideWaiver(MINISTRY, LEAD2, true))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsADecisionWithoutComment() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), requestWaiver(MINISTRY, LEAD)))
                    .when(new DecideWaiver(ID, null, CISO, LATER, obligation(MINISTRY), true, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "comment"));
        }
    }
}
