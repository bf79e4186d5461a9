package org.sirtdesk.core.incident.domain;

import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.AGENCY;
import static org.sirtdesk.core.incident.domain.Fixtures.LOCAL_GOVERNMENT;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.raised;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.AcknowledgeCisoReport;
import org.sirtdesk.core.incident.api.CisoReportAcknowledged;
import org.sirtdesk.core.incident.api.CymatSupportRequested;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.ReportedToCiso;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.shared.ErrorCode;

class EscalationTest {

    private static final String CISO_BASIS = "001 Art. 18-4, 31-3";
    private static final java.time.Instant REPORTED_TO_CISO = CONFIRMED.plus(Duration.ofMinutes(10));
    private static final java.time.Instant ACKNOWLEDGED = CONFIRMED.plus(Duration.ofMinutes(20));

    @Nested
    class ReportingToTheCiso {

        @Test
        void reportsToTheCisoAndMarksTheCisoReportSent() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(reportToCiso())
                    .expectEvents(
                            new ReportedToCiso(ID, "incident confirmed", LEAD, REPORTED_TO_CISO, CISO_BASIS),
                            new NotificationSent(
                                    ID,
                                    obligation("CISO_REPORT"),
                                    REPORTED_TO_CISO,
                                    NotificationChannel.SYSTEM,
                                    null,
                                    "incident confirmed",
                                    "lead1",
                                    LEAD,
                                    REPORTED_TO_CISO,
                                    CISO_BASIS));
        }

        @Test
        void citesTheBasisTheProfileGivesTheCisoReport() {
            fixture(LOCAL_GOVERNMENT)
                    .givenCommands(aConfirmedIncident())
                    .when(reportToCiso())
                    .expectEventsMatching(Fixtures.includes(
                            new ReportedToCiso(ID, "incident confirmed", LEAD, REPORTED_TO_CISO, "002 §(9)⑤")));
        }

        @Test
        void ignoresTheSameReportTwice() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), reportToCiso()))
                    .when(reportToCiso())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void recordsAFollowUpReportWithoutSendingTheObligationAgain() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), reportToCiso()))
                    .when(new ReportToCiso(ID, null, LEAD, LATER, "containment under way"))
                    .expectEvents(new ReportedToCiso(ID, "containment under way", LEAD, LATER, CISO_BASIS));
        }

        @Test
        void rejectsASirtMember() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new ReportToCiso(ID, null, SIRT, LATER, "x"))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsAReportBeforeTheAssessment() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(reportToCiso())
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsAReportWithoutSummary() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new ReportToCiso(ID, null, LEAD, LATER, " "))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "summary"));
        }
    }

    @Nested
    class AcknowledgingTheCisoReport {

        @Test
        void acknowledgesAndSettlesTheCisoReport() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), reportToCiso()))
                    .when(acknowledgeCisoReport())
                    .expectEvents(
                            new CisoReportAcknowledged(ID, "noted", CISO, ACKNOWLEDGED, CISO_BASIS),
                            new NotificationAcknowledged(
                                    ID, obligation("CISO_REPORT"), null, CISO, ACKNOWLEDGED, CISO_BASIS));
        }

        @Test
        void ignoresASecondAcknowledgement() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), reportToCiso(), acknowledgeCisoReport()))
                    .when(acknowledgeCisoReport())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnAcknowledgementBeforeAnyReport() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(acknowledgeCisoReport())
                    .expectException(rejected(ErrorCode.INVALID_STATE, "cisoReport"));
        }

        @Test
        void rejectsTheSirtLead() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), reportToCiso()))
                    .when(new AcknowledgeCisoReport(ID, null, LEAD, LATER, null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }
    }

    @Nested
    class RequestingCymatSupport {

        private final RequestCymatSupport request =
                new RequestCymatSupport(ID, null, LEAD, LATER, "ransomware beyond our capacity");

        @Test
        void requestsCymatAndRaisesTheCymatObligationWithoutDueTime() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(request)
                    .expectEvents(
                            new CymatSupportRequested(
                                    ID, "ransomware beyond our capacity", LEAD, LATER, "001 Art. 31-10"),
                            raised(AGENCY, ID, "CYMAT", LATER, null, null, LEAD, LATER));
        }

        @Test
        void ignoresASecondRequest() {
            fixture()
                    .givenCommands(with(aConfirmedIncident(), request))
                    .when(request)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void raisesNoObligationWhereTheProfileHasNoCymatRule() {
            fixture(LOCAL_GOVERNMENT)
                    .givenCommands(aConfirmedIncident())
                    .when(request)
                    .expectEvents(new CymatSupportRequested(
                            ID, "ransomware beyond our capacity", LEAD, LATER, "001 Art. 31-10"));
        }

        @Test
        void rejectsASirtMember() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RequestCymatSupport(ID, null, SIRT, LATER, "help"))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsARequestWithoutReason() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new RequestCymatSupport(ID, null, LEAD, LATER, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "reason"));
        }
    }
}
