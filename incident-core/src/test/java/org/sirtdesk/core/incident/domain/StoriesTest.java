package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.deadline.DeadlineSpec.calendarDays;
import static org.sirtdesk.core.incident.IncidentFixtures.*;
import static org.sirtdesk.core.incident.domain.Fixtures.AGENCY;
import static org.sirtdesk.core.incident.domain.Fixtures.LOCAL_GOVERNMENT;
import static org.sirtdesk.core.incident.domain.Fixtures.includes;
import static org.sirtdesk.core.incident.domain.Fixtures.payloadTypes;
import static org.sirtdesk.core.incident.domain.Fixtures.raised;
import static org.sirtdesk.core.incident.domain.Fixtures.raisesExactly;
import static org.sirtdesk.core.incident.domain.Fixtures.rejected;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.FactsCorrection;
import org.sirtdesk.core.incident.api.IncidentDismissed;
import org.sirtdesk.core.incident.api.IncidentReopened;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.MeasuresOrdered;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.RecurrenceReportApproved;
import org.sirtdesk.core.incident.api.RecurrenceReportReturned;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.incident.api.ReviewDecision;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;

/** The three stories of the issue, end to end through the aggregate. */
class StoriesTest {

    /** The SIRT lead's user acting as CISO: still the requester of the closure. */
    private static final Actor LEAD_AS_CISO = Actor.of("lead1", Role.CISO);

    @Test
    void phishingMailDismissedThenReopenedWhenASecondReportArrives() {
        var story = new Story(AGENCY);
        var facts = new ReportFacts(
                "Suspicious mail",
                "A mail asking to confirm the mailbox password; I did not click",
                AWARE,
                Category.PHISHING,
                List.of("mail"),
                null,
                PersonalData.none(),
                TriState.UNKNOWN,
                "Planning");
        story.then(new ReportIncident(ID, "TRK-A", ReportChannel.INTERNAL_FORM, facts, REPORTER, REPORTED))
                .expectEventsMatching(payloadTypes(IncidentReported.class));
        story.then(startTriage());
        story.then(dismiss("spam, nobody clicked; blocked the sender"))
                .expectEvents(new IncidentDismissed(
                        ID, "spam, nobody clicked; blocked the sender", LEAD, CONFIRMED, "001 Art. 31-2"))
                .expectState(i -> assertThat(i.dossier().obligations).isEmpty());

        // Two days later another employee reports the same mail: they clicked and typed a password.
        var reopenedAt = CONFIRMED.plus(Duration.ofDays(2));
        story.then(reopen(LEAD, reopenedAt, "second report: a user entered a password", "inc-2"))
                .expectEvents(new IncidentReopened(
                        ID,
                        "second report: a user entered a password",
                        "inc-2",
                        IncidentState.NOT_AN_INCIDENT,
                        LEAD,
                        reopenedAt,
                        null))
                .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.TRIAGE));

        var reassessedAt = reopenedAt.plus(Duration.ofHours(1));
        var attack = new FactsCorrection(null, null, null, null, null, null, null, TriState.YES, null, null);
        story.then(new AssessIncident(
                        ID,
                        null,
                        LEAD,
                        reassessedAt,
                        AssessmentDecision.INCIDENT,
                        "credential phishing",
                        Severity.HIGH,
                        attack))
                .expectEventsMatching(raisesExactly("CISO_REPORT", "SUPERVISING_MINISTRY", "POLICE"))
                .expectEventsMatching(includes(raised(
                        AGENCY,
                        ID,
                        "POLICE",
                        reassessedAt,
                        reassessedAt.plus(Duration.ofHours(24)),
                        null,
                        LEAD,
                        reassessedAt)))
                .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.CONFIRMED));
    }

    @Test
    void lostUsbStickWithResidentDataAtALocalGovernment() {
        var story = new Story(LOCAL_GOVERNMENT);
        var facts = new ReportFacts(
                "Lost USB stick",
                "A USB stick with the tax list of 150 residents was lost on the way home",
                AWARE,
                Category.LOSS_OR_THEFT,
                List.of("USB-0042"),
                new Classification(3, null, null),
                new PersonalData(
                        TriState.YES,
                        150,
                        TriState.NO,
                        TriState.NO,
                        TriState.UNKNOWN,
                        TriState.NO,
                        TriState.NO,
                        TriState.NO),
                TriState.NO,
                "Tax division");
        story.then(new ReportIncident(ID, "TRK-B", ReportChannel.INTERNAL_FORM, facts, REPORTER, REPORTED));
        story.then(startTriage());

        var calculator = LOCAL_GOVERNMENT.deadlineCalculator();
        story.then(confirm(Severity.HIGH))
                .expectEventsMatching(raisesExactly(
                        "CISO_REPORT",
                        "MIC",
                        "PREFECTURE",
                        "PRIVACY_OFFICER",
                        "PPC_PRELIMINARY",
                        "PPC_FINAL",
                        "INDIVIDUALS",
                        "PRESS_DECISION"))
                .expectEventsMatching(includes(
                        raised(
                                LOCAL_GOVERNMENT,
                                ID,
                                "MIC",
                                CONFIRMED,
                                CONFIRMED.plus(Duration.ofHours(24)),
                                null,
                                LEAD,
                                CONFIRMED),
                        raised(
                                LOCAL_GOVERNMENT,
                                ID,
                                "PPC_PRELIMINARY",
                                AWARE,
                                calculator.dueAt(AWARE, calendarDays(3)),
                                calculator.dueAt(AWARE, calendarDays(5)),
                                LEAD,
                                CONFIRMED),
                        raised(
                                LOCAL_GOVERNMENT,
                                ID,
                                "PPC_FINAL",
                                AWARE,
                                calculator.dueAt(AWARE, calendarDays(30)),
                                null,
                                LEAD,
                                CONFIRMED)));

        story.thenAll(
                reportToCiso(),
                acknowledgeCisoReport(),
                sent("MIC"),
                sent("PREFECTURE"),
                sent("PRIVACY_OFFICER", LEAD, LATER),
                acknowledged("PRIVACY_OFFICER", PRIVACY, LATER.plus(Duration.ofMinutes(5))),
                sent("PPC_PRELIMINARY", PRIVACY, LATER.plus(Duration.ofDays(1))),
                new RecordNotificationSent(
                        ID,
                        null,
                        PRIVACY,
                        LATER.plus(Duration.ofDays(3)),
                        obligation("INDIVIDUALS"),
                        LATER.plus(Duration.ofDays(3)),
                        NotificationChannel.POST,
                        null,
                        "letter of apology to the 150 residents",
                        null),
                sent("PRESS_DECISION", LEAD, LATER.plus(Duration.ofDays(1))),
                instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "USB-0042"),
                acknowledgeInstruction("ins-1", OFFICER),
                completeInstruction("ins-1", OFFICER),
                recover());

        // The final PPC report is still missing, so is the review.
        story.attempt(requestClosure(LEAD))
                .expectException(
                        rejected(ErrorCode.CLOSURE_BLOCKED, "obligations[PPC_FINAL]", "recurrenceReport", "lessons"));

        var firstDraft = submitReport(OFFICER, measure("m-1", OFFICER));
        story.then(firstDraft);
        story.then(returnReport(CISO, "say how media will be controlled"))
                .expectEventsMatching(payloadTypes(RecurrenceReportReturned.class));
        var secondDraft = new SubmitRecurrenceReport(
                ID,
                null,
                OFFICER,
                REVIEWED.plus(Duration.ofDays(1)),
                "personal USB sticks were allowed for tax data",
                List.of(
                        new RecurrenceMeasure("m-1", "only encrypted, registered media", null),
                        new RecurrenceMeasure("m-2", "media check-out register", "officer2")));
        story.then(secondDraft);
        var approval = new ReviewRecurrenceReport(
                ID, null, CISO, REVIEWED.plus(Duration.ofDays(2)), ReviewDecision.APPROVE, "approved");
        story.then(approval).expectEventsMatching(payloadTypes(RecurrenceReportApproved.class, MeasuresOrdered.class));

        story.thenAll(
                sent("PPC_FINAL", PRIVACY, REVIEWED.plus(Duration.ofDays(3))),
                completeMeasure("m-1", OFFICER),
                completeMeasure("m-2", OFFICER2),
                shareLessons(),
                requestClosure(LEAD));
        story.then(decideClosure(CISO, true))
                .expectEventsMatching(payloadTypes(ClosureApproved.class))
                .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.CLOSED));
    }

    @Test
    void ransomwareAtTheAgencyClosedOnlyAfterEveryItem() {
        var story = new Story(AGENCY);
        var facts = new ReportFacts(
                "Ransomware",
                "Files on the file server are encrypted; a ransom note is shown",
                AWARE,
                Category.MALWARE,
                List.of("file-server", "mail"),
                new Classification(3, 2, 2),
                PersonalData.unknown(),
                TriState.YES,
                "Systems");
        story.then(new ReportIncident(ID, "TRK-C", ReportChannel.PHONE_LOG, facts, SIRT, REPORTED));
        story.then(startTriage());
        story.then(confirm(Severity.CRITICAL))
                .expectEventsMatching(raisesExactly("CISO_REPORT", "SUPERVISING_MINISTRY", "POLICE"))
                .expectEventsMatching(includes(
                        raised(
                                AGENCY,
                                ID,
                                "SUPERVISING_MINISTRY",
                                CONFIRMED,
                                CONFIRMED.plus(Duration.ofHours(1)),
                                null,
                                LEAD,
                                CONFIRMED),
                        raised(
                                AGENCY,
                                ID,
                                "POLICE",
                                REPORTED,
                                REPORTED.plus(Duration.ofHours(24)),
                                null,
                                LEAD,
                                CONFIRMED)));

        story.then(new RequestCymatSupport(ID, null, LEAD, CONFIRMED.plus(Duration.ofMinutes(5)), "need forensic help"))
                .expectEventsMatching(raisesExactly("CYMAT"));

        var checkPayroll = new IssueInstruction(
                ID,
                null,
                SIRT,
                LATER,
                "ins-3",
                InstructionKind.CHECK_OTHER_SYSTEM,
                "officer2",
                "payroll",
                "check payroll for the same encryption",
                null);
        story.thenAll(
                reportToCiso(),
                acknowledgeCisoReport(),
                sent("SUPERVISING_MINISTRY", SIRT, CONFIRMED.plus(Duration.ofMinutes(40))),
                sent("POLICE", SIRT, LATER),
                sent("CYMAT", LEAD, LATER),
                instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "file-server"),
                instruct("ins-2", InstructionKind.CONTAINMENT, OFFICER2, "mail"),
                checkPayroll,
                acknowledgeInstruction("ins-1", OFFICER),
                acknowledgeInstruction("ins-2", OFFICER2),
                completeInstruction("ins-1", OFFICER),
                completeInstruction("ins-2", OFFICER2));

        story.attempt(requestClosure(LEAD))
                .expectException(rejected(
                        ErrorCode.CLOSURE_BLOCKED, "recovery", "instructions[ins-3]", "recurrenceReport", "lessons"));

        story.thenAll(
                acknowledgeInstruction("ins-3", OFFICER2),
                completeInstruction("ins-3", OFFICER2),
                recover(),
                submitReport(OFFICER, measure("m-1", OFFICER), measure("m-2", OFFICER2)),
                approveReport(CISO),
                completeMeasure("m-1", OFFICER),
                shareLessons());

        story.attempt(requestClosure(LEAD)).expectException(rejected(ErrorCode.CLOSURE_BLOCKED, "measures[m-2]"));

        story.then(completeMeasure("m-2", OFFICER2));
        story.attempt(requestClosure(CISO)).expectException(rejected(ErrorCode.ROLE_NOT_ALLOWED));
        story.then(requestClosure(LEAD));
        story.attempt(decideClosure(LEAD_AS_CISO, true)).expectException(rejected(ErrorCode.SEGREGATION_OF_DUTIES));
        story.then(decideClosure(CISO, true))
                .expectState(i -> assertThat(i.state()).isEqualTo(IncidentState.CLOSED));
    }
}
