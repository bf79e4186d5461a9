package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.deadline.DeadlineSpec.calendarDays;
import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.AGENCY;
import static org.sirtdesk.core.incident.domain.Fixtures.CALCULATOR;
import static org.sirtdesk.core.incident.domain.Fixtures.fixture;
import static org.sirtdesk.core.incident.domain.Fixtures.includes;
import static org.sirtdesk.core.incident.domain.Fixtures.payloadTypes;
import static org.sirtdesk.core.incident.domain.Fixtures.raised;
import static org.sirtdesk.core.incident.domain.Fixtures.raisedAs;
import static org.sirtdesk.core.incident.domain.Fixtures.raisesExactly;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.CorrectFacts;
import org.sirtdesk.core.incident.api.FactsCorrected;
import org.sirtdesk.core.incident.api.FactsCorrection;
import org.sirtdesk.core.incident.api.IncidentConfirmed;
import org.sirtdesk.core.incident.api.IncidentDismissed;
import org.sirtdesk.core.incident.api.IncidentReopened;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.incident.api.PersonalDataCorrection;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.incident.api.TriageStarted;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Severity;

class TriageTest {

    private static final String BASIS = "001 Art. 31-2";

    @Nested
    class StartingTriage {

        @Test
        void movesAReportIntoTriage() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(startTriage())
                    .expectEvents(new TriageStarted(ID, "looking into it", SIRT, TRIAGED, BASIS))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.TRIAGE));
        }

        @Test
        void letsTheSirtLeadStartTriageToo() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(new StartTriage(ID, null, LEAD, TRIAGED, null))
                    .expectEvents(new TriageStarted(ID, null, LEAD, TRIAGED, BASIS));
        }

        @Test
        void ignoresARepeatedStartWhileInTriage() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(startTriage())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAReporter() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(new StartTriage(ID, null, REPORTER, TRIAGED, null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED, "actor.role"));
        }

        @Test
        void rejectsTriageOfAnAssessedIncident() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(startTriage())
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsACommandWithoutBusinessTime() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(new StartTriage(ID, null, SIRT, null, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "at"));
        }
    }

    @Nested
    class Assessing {

        @Test
        void confirmsIncidentAndRaisesCisoReportAndMinistryObligation() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(confirm(Severity.MEDIUM))
                    .expectEvents(
                            new IncidentConfirmed(ID, Severity.MEDIUM, "confirmed by SIRT", LEAD, CONFIRMED, BASIS),
                            raised(
                                    AGENCY,
                                    ID,
                                    "CISO_REPORT",
                                    CONFIRMED,
                                    CONFIRMED.plus(hours(1)),
                                    null,
                                    LEAD,
                                    CONFIRMED),
                            raised(
                                    AGENCY,
                                    ID,
                                    "SUPERVISING_MINISTRY",
                                    CONFIRMED,
                                    CONFIRMED.plus(hours(24)),
                                    null,
                                    LEAD,
                                    CONFIRMED));
        }

        @Test
        void confirmsCriticalIncidentWithMinistryDueWithinTheHour() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(confirm(Severity.CRITICAL))
                    .expectEvents(
                            new IncidentConfirmed(ID, Severity.CRITICAL, "confirmed by SIRT", LEAD, CONFIRMED, BASIS),
                            raised(
                                    AGENCY,
                                    ID,
                                    "CISO_REPORT",
                                    CONFIRMED,
                                    CONFIRMED.plus(hours(1)),
                                    null,
                                    LEAD,
                                    CONFIRMED),
                            raised(
                                    AGENCY,
                                    ID,
                                    "SUPERVISING_MINISTRY",
                                    CONFIRMED,
                                    CONFIRMED.plus(hours(1)),
                                    null,
                                    LEAD,
                                    CONFIRMED));
        }

        @Test
        void dismissesAReportThatIsNotAnIncidentAndRaisesNothing() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(dismiss("a training mail"))
                    .expectEvents(new IncidentDismissed(ID, "a training mail", LEAD, CONFIRMED, BASIS));
        }

        @Test
        void correctsTheFactsWhileConfirmingAndRaisesPoliceForASuspectedAttack() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(confirm(Severity.HIGH, cyberAttackSuspected()))
                    .expectEventsMatching(payloadTypes(
                            FactsCorrected.class,
                            IncidentConfirmed.class,
                            ObligationRaised.class,
                            ObligationRaised.class,
                            ObligationRaised.class))
                    .expectEventsMatching(raisesExactly("CISO_REPORT", "SUPERVISING_MINISTRY", "POLICE"));
        }

        @Test
        void rejectsAnIncidentWithoutSeverity() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(confirm(null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "severity"))
                    .expectNoEvents();
        }

        @Test
        void rejectsADismissalWithoutReason() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(dismiss(" "))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "reason"));
        }

        @Test
        void rejectsAnAssessmentWithoutDecision() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(new AssessIncident(ID, null, LEAD, CONFIRMED, null, "r", Severity.LOW, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "decision"));
        }

        @Test
        void rejectsAnAssessmentBeforeTriage() {
            fixture()
                    .givenCommands(aReportedIncident())
                    .when(confirm(Severity.LOW))
                    .expectException(rejected(ErrorCode.INVALID_STATE));
        }

        @Test
        void rejectsASirtMemberAssessing() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(new AssessIncident(
                            ID, null, SIRT, CONFIRMED, AssessmentDecision.INCIDENT, null, Severity.LOW, null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void ignoresTheSameConfirmationTwice() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(confirm(Severity.MEDIUM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresTheSameDismissalTwice() {
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(dismiss("a training mail"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsAnotherAssessmentOnceDecided() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(confirm(Severity.HIGH))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsConfirmingADismissedReportWithoutReopening() {
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(confirm(Severity.LOW))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }
    }

    @Nested
    class CorrectingFacts {

        @Test
        void recordsTheWholeFactsAndTheChangedFields() {
            var change = new FactsCorrection(null, null, null, null, null, null, null, null, "Tax division", null);
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(correct(change, TRIAGED.plus(Duration.ofMinutes(5))))
                    .expectEvents(new FactsCorrected(
                            ID,
                            change.applyTo(plainFacts()),
                            null,
                            TriState.UNKNOWN,
                            List.of("department"),
                            "new information",
                            SIRT,
                            TRIAGED.plus(Duration.ofMinutes(5)),
                            BASIS));
        }

        @Test
        void ignoresACorrectionThatChangesNothing() {
            var same = new FactsCorrection(plainFacts().title(), null, null, null, null, null, null, null, null, null);
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(correct(same, LATER))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void raisesPoliceWhenACyberAttackIsSuspectedLater() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(correct(cyberAttackSuspected(), LATER))
                    .expectEventsMatching(payloadTypes(FactsCorrected.class, ObligationRaised.class))
                    .expectEventsMatching(raisesExactly("POLICE"))
                    .expectEventsMatching(
                            includes(raised(AGENCY, ID, "POLICE", LATER, LATER.plus(hours(24)), null, SIRT, LATER)));
        }

        @Test
        void raisesPrivacyOfficerAndPpcReportsWhenPersonalDataIsFoundLater() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(correct(facts(persons(150)), LATER))
                    .expectEventsMatching(
                            raisesExactly("PRIVACY_OFFICER", "PPC_PRELIMINARY", "PPC_FINAL", "INDIVIDUALS"))
                    .expectEventsMatching(includes(
                            raised(AGENCY, ID, "PRIVACY_OFFICER", LATER, LATER.plus(hours(1)), null, SIRT, LATER),
                            raised(
                                    AGENCY,
                                    ID,
                                    "PPC_PRELIMINARY",
                                    AWARE,
                                    CALCULATOR.dueAt(AWARE, calendarDays(3)),
                                    CALCULATOR.dueAt(AWARE, calendarDays(5)),
                                    SIRT,
                                    LATER)));
        }

        @Test
        void raisesThePpcReportsOnlyWhenTheHeadCountCrossesTheThreshold() {
            var givenEighty = with(aConfirmedIncident(), correct(facts(persons(80)), LATER));
            fixture()
                    .givenCommands(givenEighty)
                    .when(correct(facts(persons(101)), LATER.plus(Duration.ofDays(2))))
                    .expectEventsMatching(raisesExactly("PPC_PRELIMINARY", "PPC_FINAL", "INDIVIDUALS"))
                    .expectEventsMatching(includes(raised(
                            AGENCY,
                            ID,
                            "PPC_FINAL",
                            AWARE,
                            CALCULATOR.dueAt(AWARE, calendarDays(30)),
                            null,
                            SIRT,
                            LATER.plus(Duration.ofDays(2)))));
        }

        @Test
        void raisesNothingMoreForAHeadCountAtTheThreshold() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(correct(facts(persons(100)), LATER))
                    .expectEventsMatching(raisesExactly("PRIVACY_OFFICER"));
        }

        @Test
        void reschedulesTheMinistryWhenSeverityIsRaisedToCritical() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new CorrectFacts(ID, null, LEAD, LATER, null, Severity.CRITICAL, "encryption spreading"))
                    .expectEventsMatching(payloadTypes(FactsCorrected.class, ObligationRescheduled.class))
                    .expectEventsMatching(includes(new ObligationRescheduled(
                            ID,
                            obligation("SUPERVISING_MINISTRY"),
                            CONFIRMED,
                            CONFIRMED.plus(hours(1)),
                            null,
                            LEAD,
                            LATER,
                            "001 Art. 32-1; 003 §4(2)")));
        }

        @Test
        void reschedulesThePpcFinalReportToSixtyDaysForAnUnlawfulPurpose() {
            var unlawful = new PersonalDataCorrection(null, null, null, null, null, TriState.YES, null, null);
            fixture()
                    .givenCommands(with(aConfirmedIncident(), correct(facts(persons(150)), LATER)))
                    .when(correct(facts(unlawful), LATER.plus(Duration.ofHours(1))))
                    .expectEventsMatching(payloadTypes(FactsCorrected.class, ObligationRescheduled.class))
                    .expectEventsMatching(includes(new ObligationRescheduled(
                            ID,
                            obligation("PPC_FINAL"),
                            AWARE,
                            CALCULATOR.dueAt(AWARE, calendarDays(60)),
                            null,
                            SIRT,
                            LATER.plus(Duration.ofHours(1)),
                            AGENCY.rule("PPC_FINAL").orElseThrow().basis())));
        }

        @Test
        void reschedulesAwarenessClocksWhenAwarenessIsCorrected() {
            var earlier = AWARE.minus(Duration.ofDays(1));
            var change = new FactsCorrection(null, null, earlier, null, null, null, null, null, null, null);
            fixture()
                    .givenCommands(with(aConfirmedIncident(), correct(facts(persons(150)), LATER)))
                    .when(correct(change, LATER.plus(Duration.ofHours(1))))
                    .expectEventsMatching(payloadTypes(
                            FactsCorrected.class,
                            ObligationRescheduled.class,
                            ObligationRescheduled.class,
                            ObligationRescheduled.class));
        }

        @Test
        void rejectsASeverityBeforeTheAssessment() {
            fixture()
                    .givenCommands(anIncidentInTriage())
                    .when(new CorrectFacts(ID, null, SIRT, LATER, null, Severity.HIGH, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "severity"));
        }

        @Test
        void rejectsAnAwarenessLaterThanTheCorrection() {
            var change = new FactsCorrection(
                    null, null, LATER.plus(Duration.ofDays(1)), null, null, null, null, null, null, null);
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(correct(change, LATER))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "awareAt"));
        }

        @Test
        void rejectsAnEmptyCorrection() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new CorrectFacts(ID, null, SIRT, LATER, null, null, null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "facts"));
        }

        @Test
        void rejectsAnOfficer() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(new CorrectFacts(ID, null, OFFICER, LATER, cyberAttackSuspected(), null, null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }

        @Test
        void rejectsACorrectionOfAClosedIncident() {
            fixture()
                    .givenCommands(aClosedIncident())
                    .when(correct(cyberAttackSuspected(), CLOSING.plus(Duration.ofDays(1))))
                    .expectException(rejected(ErrorCode.INVALID_STATE));
        }
    }

    @Nested
    class Reopening {

        @Test
        void reopensADismissedReportIntoTriageLinkingTheSecondReport() {
            var at = CONFIRMED.plus(Duration.ofDays(1));
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(reopen(LEAD, at, "a second report of the same mail", "inc-2"))
                    .expectEvents(new IncidentReopened(
                            ID,
                            "a second report of the same mail",
                            "inc-2",
                            IncidentState.NOT_AN_INCIDENT,
                            LEAD,
                            at,
                            null))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.TRIAGE));
        }

        @Test
        void reopensAClosedIncidentIntoResponseAndRaisesTheCisoReportAndMinistryAgain() {
            var at = CLOSING.plus(Duration.ofDays(10));
            fixture()
                    .givenCommands(aClosedIncident())
                    .when(reopen(CISO, at, "the attacker came back", null))
                    .expectEvents(
                            new IncidentReopened(
                                    ID, "the attacker came back", null, IncidentState.CLOSED, CISO, at, null),
                            raisedAs(
                                    AGENCY,
                                    obligation("CISO_REPORT") + ":2",
                                    "CISO_REPORT",
                                    at,
                                    at.plus(hours(1)),
                                    null,
                                    CISO,
                                    at),
                            raisedAs(
                                    AGENCY,
                                    obligation("SUPERVISING_MINISTRY") + ":2",
                                    "SUPERVISING_MINISTRY",
                                    at,
                                    at.plus(hours(24)),
                                    null,
                                    CISO,
                                    at))
                    .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.RESPONDING));
        }

        @Test
        void ignoresTheSameReopeningTwice() {
            var at = CONFIRMED.plus(Duration.ofDays(1));
            fixture()
                    .givenCommands(with(aDismissedReport(), reopen(LEAD, at, "second report", "inc-2")))
                    .when(reopen(LEAD, at.plus(Duration.ofSeconds(2)), "second report", "inc-2"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsReopeningAnOpenIncident() {
            fixture()
                    .givenCommands(aConfirmedIncident())
                    .when(reopen(LEAD, LATER, "why not", null))
                    .expectException(rejected(ErrorCode.INVALID_STATE));
        }

        @Test
        void rejectsAnotherReopeningOfAnIncidentInTriage() {
            var at = CONFIRMED.plus(Duration.ofDays(1));
            fixture()
                    .givenCommands(with(aDismissedReport(), reopen(LEAD, at, "second report", "inc-2")))
                    .when(reopen(LEAD, at, "third report", "inc-3"))
                    .expectException(rejected(ErrorCode.INVALID_STATE, "state"));
        }

        @Test
        void rejectsReopeningWithoutReason() {
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(reopen(LEAD, LATER, "", null))
                    .expectException(rejected(ErrorCode.VALIDATION_FAILED, "reason"));
        }

        @Test
        void rejectsASirtMemberReopening() {
            fixture()
                    .givenCommands(aDismissedReport())
                    .when(reopen(SIRT, LATER, "second report", null))
                    .expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        }
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }
}
