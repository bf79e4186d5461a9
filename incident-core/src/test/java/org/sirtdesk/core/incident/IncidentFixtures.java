package org.sirtdesk.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sirtdesk.core.incident.api.AcknowledgeCisoReport;
import org.sirtdesk.core.incident.api.AcknowledgeInstruction;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.CompleteInstruction;
import org.sirtdesk.core.incident.api.CompleteMeasure;
import org.sirtdesk.core.incident.api.CorrectFacts;
import org.sirtdesk.core.incident.api.DecideClosure;
import org.sirtdesk.core.incident.api.DecideWaiver;
import org.sirtdesk.core.incident.api.FactsCorrection;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.PersonalDataCorrection;
import org.sirtdesk.core.incident.api.RecordNotificationAcknowledged;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.ReopenIncident;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.ReviewDecision;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;

/**
 * Shared test data: actors, times and command builders for the incident workflow. Histories are
 * lists of commands ({@code fixture.givenCommands(aConfirmedIncident())}), so the obligations the
 * profile raises on the way are always the real ones.
 */
public final class IncidentFixtures {

    public static final String ID = "inc-1";

    /** Friday 1 May 2026, 10:00 in Tokyo. */
    public static final Instant AWARE = Instant.parse("2026-05-01T01:00:00Z");

    public static final Instant REPORTED = AWARE.plus(Duration.ofHours(1));
    public static final Instant TRIAGED = REPORTED.plus(Duration.ofMinutes(15));
    public static final Instant CONFIRMED = REPORTED.plus(Duration.ofHours(1));
    public static final Instant LATER = CONFIRMED.plus(Duration.ofMinutes(30));
    public static final Instant RECOVERED = CONFIRMED.plus(Duration.ofDays(2));
    public static final Instant REVIEWED = RECOVERED.plus(Duration.ofDays(5));
    public static final Instant CLOSING = REVIEWED.plus(Duration.ofDays(5));

    public static final Actor REPORTER = Actor.of("reporter", Role.REPORTER);
    public static final Actor SIRT = Actor.of("sirt1", Role.SIRT);
    public static final Actor LEAD = Actor.of("lead1", Role.SIRT_LEAD);
    public static final Actor LEAD2 = Actor.of("lead2", Role.SIRT_LEAD);
    public static final Actor CISO = Actor.of("ciso", Role.CISO);
    /** The CISO's user acting as SIRT lead: segregation of duties compares users, not roles. */
    public static final Actor CISO_AS_LEAD = Actor.of("ciso", Role.SIRT_LEAD);

    public static final Actor OFFICER = Actor.of("officer1", Role.OFFICER);
    public static final Actor OFFICER2 = Actor.of("officer2", Role.OFFICER);
    public static final Actor PRIVACY = Actor.of("privacy", Role.PRIVACY_OFFICER);

    private IncidentFixtures() {}

    public static String obligation(String kind) {
        return ID + ":" + kind;
    }

    /** Facts that raise nothing beyond the CISO report and the ministry: no personal data, no attack. */
    public static ReportFacts plainFacts() {
        return new ReportFacts(
                "Web server misconfiguration",
                "A directory listing was open on the public web server",
                AWARE,
                Category.OTHER,
                List.of("www"),
                new Classification(2, 1, 1),
                PersonalData.none(),
                TriState.NO,
                "General affairs");
    }

    public static ReportIncident report(ReportFacts facts) {
        return new ReportIncident(ID, "TRK-1", ReportChannel.INTERNAL_FORM, facts, REPORTER, REPORTED);
    }

    public static StartTriage startTriage() {
        return new StartTriage(ID, null, SIRT, TRIAGED, "looking into it");
    }

    public static AssessIncident confirm(Severity severity) {
        return confirm(severity, null);
    }

    public static AssessIncident confirm(Severity severity, FactsCorrection facts) {
        return new AssessIncident(
                ID, null, LEAD, CONFIRMED, AssessmentDecision.INCIDENT, "confirmed by SIRT", severity, facts);
    }

    public static AssessIncident dismiss(String reason) {
        return new AssessIncident(ID, null, LEAD, CONFIRMED, AssessmentDecision.NOT_INCIDENT, reason, null, null);
    }

    public static CorrectFacts correct(FactsCorrection facts, Instant at) {
        return new CorrectFacts(ID, null, SIRT, at, facts, null, "new information");
    }

    public static FactsCorrection facts(PersonalDataCorrection personalData) {
        return new FactsCorrection(null, null, null, null, null, null, personalData, null, null, null);
    }

    public static FactsCorrection cyberAttackSuspected() {
        return new FactsCorrection(null, null, null, null, null, null, null, TriState.YES, null, null);
    }

    public static PersonalDataCorrection persons(int count) {
        return new PersonalDataCorrection(TriState.YES, count, null, null, null, null, null, null);
    }

    public static ReportToCiso reportToCiso() {
        return new ReportToCiso(ID, null, LEAD, CONFIRMED.plus(Duration.ofMinutes(10)), "incident confirmed");
    }

    public static AcknowledgeCisoReport acknowledgeCisoReport() {
        return new AcknowledgeCisoReport(ID, null, CISO, CONFIRMED.plus(Duration.ofMinutes(20)), "noted");
    }

    public static RecordNotificationSent sent(String kind, Actor actor, Instant at) {
        return new RecordNotificationSent(
                ID, null, actor, at, obligation(kind), at, NotificationChannel.EMAIL, "REF-" + kind, "notified", null);
    }

    public static RecordNotificationSent sent(String kind) {
        return sent(kind, SIRT, LATER);
    }

    public static RecordNotificationAcknowledged acknowledged(String kind, Actor actor, Instant at) {
        return new RecordNotificationAcknowledged(ID, null, actor, at, obligation(kind), "ACK-" + kind);
    }

    public static RequestWaiver requestWaiver(String kind, Actor actor) {
        return new RequestWaiver(ID, null, actor, LATER, obligation(kind), "not applicable after review");
    }

    public static DecideWaiver decideWaiver(String kind, Actor actor, boolean approve) {
        return new DecideWaiver(ID, null, actor, LATER.plus(Duration.ofMinutes(5)), obligation(kind), approve, "ok");
    }

    public static IssueInstruction instruct(String id, InstructionKind kind, Actor officer, String system) {
        return new IssueInstruction(
                ID, null, LEAD, LATER, id, kind, officer.userId(), system, "please act on " + system, null);
    }

    public static AcknowledgeInstruction acknowledgeInstruction(String id, Actor officer) {
        return new AcknowledgeInstruction(ID, null, officer, LATER.plus(Duration.ofMinutes(10)), id);
    }

    public static CompleteInstruction completeInstruction(String id, Actor officer) {
        return new CompleteInstruction(ID, null, officer, RECOVERED.minus(Duration.ofHours(1)), id, "done");
    }

    public static RecordRecovery recover() {
        return new RecordRecovery(ID, null, LEAD, RECOVERED, "service restored");
    }

    public static RecurrenceMeasure measure(String id, Actor officer) {
        return new RecurrenceMeasure(id, "measure " + id, officer.userId());
    }

    public static SubmitRecurrenceReport submitReport(Actor officer, RecurrenceMeasure... measures) {
        return new SubmitRecurrenceReport(
                ID, null, officer, RECOVERED.plus(Duration.ofDays(3)), "root cause found", List.of(measures));
    }

    public static ReviewRecurrenceReport approveReport(Actor ciso) {
        return new ReviewRecurrenceReport(ID, null, ciso, REVIEWED, ReviewDecision.APPROVE, "approved");
    }

    public static ReviewRecurrenceReport returnReport(Actor ciso, String comment) {
        return new ReviewRecurrenceReport(ID, null, ciso, REVIEWED, ReviewDecision.RETURN, comment);
    }

    public static CompleteMeasure completeMeasure(String id, Actor officer) {
        return new CompleteMeasure(ID, null, officer, REVIEWED.plus(Duration.ofDays(2)), id, "implemented");
    }

    public static ShareLessons shareLessons() {
        return new ShareLessons(
                ID, null, LEAD, REVIEWED.plus(Duration.ofDays(3)), "patch faster", List.of("統括情報セキュリティ責任者"));
    }

    public static RequestClosure requestClosure(Actor lead) {
        return new RequestClosure(ID, null, lead, CLOSING, "all done");
    }

    public static DecideClosure decideClosure(Actor ciso, boolean approve) {
        return new DecideClosure(
                ID, null, ciso, CLOSING.plus(Duration.ofHours(2)), approve, approve ? "closed" : "not yet");
    }

    public static ReopenIncident reopen(Actor actor, Instant at, String reason, String related) {
        return new ReopenIncident(ID, null, actor, at, reason, related);
    }

    // Histories (lists of commands) for fixture.givenCommands(...)

    public static List<Object> aReportedIncident() {
        return List.of(report(plainFacts()));
    }

    public static List<Object> anIncidentInTriage() {
        return List.of(report(plainFacts()), startTriage());
    }

    /** MEDIUM, plain facts: the CISO report and the ministry are open. */
    public static List<Object> aConfirmedIncident() {
        return List.of(report(plainFacts()), startTriage(), confirm(Severity.MEDIUM));
    }

    /** Confirmed, then 150 persons' data found leaked: privacy officer, PPC and individuals open. */
    public static List<Object> aConfirmedLeakOf150Persons() {
        return with(aConfirmedIncident(), correct(facts(persons(150)), LATER));
    }

    public static List<Object> aDismissedReport() {
        return List.of(report(plainFacts()), startTriage(), dismiss("a training mail"));
    }

    /** Confirmed, CISO informed and acknowledged, ministry notified, one instruction to officer1. */
    public static List<Object> anIncidentInResponse() {
        return with(
                aConfirmedIncident(),
                reportToCiso(),
                acknowledgeCisoReport(),
                sent("SUPERVISING_MINISTRY"),
                instruct("ins-1", InstructionKind.CONTAINMENT, OFFICER, "www"));
    }

    /** In response with the instruction completed and recovery recorded. */
    public static List<Object> aRecoveredIncident() {
        return with(
                anIncidentInResponse(),
                acknowledgeInstruction("ins-1", OFFICER),
                completeInstruction("ins-1", OFFICER),
                recover());
    }

    /** Recovered, report with measure m-1 (officer1) submitted by officer1. */
    public static List<Object> anIncidentUnderReview() {
        return with(aRecoveredIncident(), submitReport(OFFICER, measure("m-1", OFFICER)));
    }

    /** Everything settled: report approved, measure done, lessons shared. */
    public static List<Object> anIncidentReadyToClose() {
        return with(anIncidentUnderReview(), approveReport(CISO), completeMeasure("m-1", OFFICER), shareLessons());
    }

    public static List<Object> anIncidentAwaitingClosure() {
        return with(anIncidentReadyToClose(), requestClosure(LEAD));
    }

    public static List<Object> aClosedIncident() {
        return with(anIncidentAwaitingClosure(), decideClosure(CISO, true));
    }

    public static List<Object> with(List<Object> history, Object... more) {
        var all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }
}
