package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.sirtdesk.core.incident.api.AcknowledgeCisoReport;
import org.sirtdesk.core.incident.api.AcknowledgeInstruction;
import org.sirtdesk.core.incident.api.AddNote;
import org.sirtdesk.core.incident.api.AssessIncident;
import org.sirtdesk.core.incident.api.AssessmentDecision;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.ClosureRefused;
import org.sirtdesk.core.incident.api.CompleteInstruction;
import org.sirtdesk.core.incident.api.CompleteMeasure;
import org.sirtdesk.core.incident.api.CorrectFacts;
import org.sirtdesk.core.incident.api.DecideClosure;
import org.sirtdesk.core.incident.api.DecideWaiver;
import org.sirtdesk.core.incident.api.FactsCorrection;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.InstructionKind;
import org.sirtdesk.core.incident.api.InstructionStatus;
import org.sirtdesk.core.incident.api.IssueInstruction;
import org.sirtdesk.core.incident.api.MeasureStatus;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.PersonalDataCorrection;
import org.sirtdesk.core.incident.api.RecordNotificationAcknowledged;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RecordRecovery;
import org.sirtdesk.core.incident.api.RecurrenceMeasure;
import org.sirtdesk.core.incident.api.RecurrenceReportApproved;
import org.sirtdesk.core.incident.api.RecurrenceReportReturned;
import org.sirtdesk.core.incident.api.RecurrenceReportStatus;
import org.sirtdesk.core.incident.api.ReopenIncident;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.ReviewDecision;
import org.sirtdesk.core.incident.api.ReviewRecurrenceReport;
import org.sirtdesk.core.incident.api.ShareLessons;
import org.sirtdesk.core.incident.api.StartTriage;
import org.sirtdesk.core.incident.api.SubmitRecurrenceReport;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.policy.ObligationKinds;
import org.sirtdesk.core.policy.ObligationRule;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.policy.OrganisationProfiles;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;

/**
 * Random command sequences through the real aggregate (Axon command bus, event-sourcing repository,
 * Jackson). After every command: no closure with an open item, nobody grants what they requested,
 * the obligations match the facts (every triggered rule has one; none was raised while its trigger
 * did not hold), every event survives serialization, and the stream replays to the same state.
 */
class IncidentProperties {

    enum Action {
        ADVANCE,
        START_TRIAGE,
        ASSESS,
        CORRECT_FACTS,
        REPORT_TO_CISO,
        ACKNOWLEDGE_CISO_REPORT,
        REQUEST_CYMAT,
        SEND,
        ACKNOWLEDGE_NOTIFICATION,
        REQUEST_WAIVER,
        DECIDE_WAIVER,
        ISSUE_INSTRUCTION,
        ACKNOWLEDGE_INSTRUCTION,
        COMPLETE_INSTRUCTION,
        RECORD_RECOVERY,
        SUBMIT_REPORT,
        REVIEW_REPORT,
        COMPLETE_MEASURE,
        SHARE_LESSONS,
        REQUEST_CLOSURE,
        DECIDE_CLOSURE,
        REOPEN,
        ADD_NOTE
    }

    /** One step: an action and three numbers that pick actor, target and variant. */
    record Step(Action action, int who, int what, int how) {}

    /** Users in their roles; the same user in two roles tests segregation of duties by user. */
    private static final List<Actor> ACTORS = List.of(
            Actor.of("sirt1", Role.SIRT),
            Actor.of("lead1", Role.SIRT_LEAD),
            Actor.of("lead2", Role.SIRT_LEAD),
            Actor.of("ciso", Role.CISO),
            Actor.of("ciso", Role.SIRT_LEAD),
            Actor.of("lead1", Role.CISO),
            Actor.of("officer1", Role.OFFICER),
            Actor.of("officer2", Role.OFFICER),
            Actor.of("privacy", Role.PRIVACY_OFFICER),
            Actor.of("reporter", Role.REPORTER));

    private static final Actor SIRT = ACTORS.get(0);
    private static final Actor LEAD = ACTORS.get(1);
    private static final Actor CISO = ACTORS.get(3);
    private static final List<Integer> HEAD_COUNTS = java.util.Arrays.asList(null, 50, 100, 101, 150, 1000, 1001, 5000);
    private static final Instant AWARE = Instant.parse("2026-12-24T01:00:00Z");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Map<String, IncidentHarness> harnesses;

    @BeforeContainer
    static void start() {
        harnesses = Map.of(
                OrganisationProfiles.AGENCY,
                new IncidentHarness(new IncidentModule(OrganisationProfiles.agency())),
                OrganisationProfiles.LOCAL_GOVERNMENT,
                new IncidentHarness(new IncidentModule(OrganisationProfiles.localGovernment())));
    }

    @AfterContainer
    static void stop() {
        harnesses.values().forEach(IncidentHarness::close);
    }

    @Property(tries = 150)
    void invariantsHoldAfterEveryCommand(
            @ForAll("profiles") OrganisationProfile profile,
            @ForAll("facts") ReportFacts facts,
            @ForAll("steps") List<Step> steps) {
        var harness = harnesses.get(profile.id());
        var id = "p-" + COUNTER.incrementAndGet();
        var checker = new Checker(profile, harness, id);
        var at = AWARE.plus(Duration.ofHours(1));
        harness.send(new ReportIncident(id, "T-" + id, ReportChannel.INTERNAL_FORM, facts, ACTORS.get(9), at));
        checker.observe();
        for (var step : steps) {
            at = at.plus(Duration.ofMinutes(7 + step.how() % 50));
            harness.send(command(step, id, checker.live, at));
            checker.observe();
        }
        Statistics.label("final state").collect(checker.live.state());
        Statistics.label("closed at least once").collect(checker.closures > 0);
        Statistics.label("closed at least once")
                .coverage(coverage -> coverage.check(true).count(c -> c > 0));
    }

    @Provide
    Arbitrary<OrganisationProfile> profiles() {
        return Arbitraries.of(OrganisationProfiles.agency(), OrganisationProfiles.localGovernment());
    }

    @Provide
    Arbitrary<ReportFacts> facts() {
        var tri = Arbitraries.of(TriState.values());
        var personalData = Combinators.combine(tri, Arbitraries.of(HEAD_COUNTS), tri, tri, tri, tri)
                .as((involved, persons, sensitive, myNumber, unlawful, encrypted) -> new PersonalData(
                        involved, persons, sensitive, myNumber, TriState.NO, unlawful, TriState.NO, encrypted));
        return Combinators.combine(Arbitraries.of(Category.values()), personalData, tri)
                .as((category, data, cyber) -> new ReportFacts(
                        "title", "what happened", AWARE, category, List.of("sys"), null, data, cyber, "dept"));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        var actions = Arbitraries.frequency(
                Tuple.of(90, Action.ADVANCE),
                Tuple.of(3, Action.START_TRIAGE),
                Tuple.of(3, Action.ASSESS),
                Tuple.of(6, Action.CORRECT_FACTS),
                Tuple.of(2, Action.REPORT_TO_CISO),
                Tuple.of(2, Action.ACKNOWLEDGE_CISO_REPORT),
                Tuple.of(2, Action.REQUEST_CYMAT),
                Tuple.of(3, Action.SEND),
                Tuple.of(2, Action.ACKNOWLEDGE_NOTIFICATION),
                Tuple.of(3, Action.REQUEST_WAIVER),
                Tuple.of(3, Action.DECIDE_WAIVER),
                Tuple.of(3, Action.ISSUE_INSTRUCTION),
                Tuple.of(2, Action.ACKNOWLEDGE_INSTRUCTION),
                Tuple.of(2, Action.COMPLETE_INSTRUCTION),
                Tuple.of(2, Action.RECORD_RECOVERY),
                Tuple.of(2, Action.SUBMIT_REPORT),
                Tuple.of(2, Action.REVIEW_REPORT),
                Tuple.of(2, Action.COMPLETE_MEASURE),
                Tuple.of(2, Action.SHARE_LESSONS),
                Tuple.of(3, Action.REQUEST_CLOSURE),
                Tuple.of(3, Action.DECIDE_CLOSURE),
                Tuple.of(2, Action.REOPEN),
                Tuple.of(1, Action.ADD_NOTE));
        var number = Arbitraries.integers().between(0, 999);
        return Combinators.combine(actions, number, number, number)
                .as(Step::new)
                .list()
                .ofMinSize(40)
                .ofMaxSize(140);
    }

    /** Checks every new event against the state just before it, then the whole stream. */
    private static final class Checker {
        private final OrganisationProfile profile;
        private final IncidentHarness harness;
        private final String id;
        private final Dossier live = new Dossier();
        private int seen;
        private int closures;

        Checker(OrganisationProfile profile, IncidentHarness harness, String id) {
            this.profile = profile;
            this.harness = harness;
            this.id = id;
        }

        void observe() {
            var events = harness.events(id);
            for (var event : events.subList(seen, events.size())) {
                checkBefore(event);
                live.apply(event);
            }
            seen = events.size();
            assertThat(IncidentHarness.replay(events).dossier())
                    .as("the stream replays to the state built step by step")
                    .isEqualTo(live);
            checkObligationsMatchFacts();
        }

        private void checkBefore(IncidentEvent event) {
            assertThat(event.incidentId()).isEqualTo(id);
            assertThat(event.actor()).isNotNull();
            assertThat(event.at()).isNotNull();
            assertThat(harness.roundTrip(event)).as("Jackson round trip").isEqualTo(event);
            var user = event.actor().userId();
            if (event instanceof ObligationRaised raised) {
                var rule = profile.rule(raised.kind()).orElseThrow();
                assertThat(rule.trigger().test(new DossierFacts(live, profile)))
                        .as("%s raised while its trigger holds", raised.kind())
                        .isTrue();
            } else if (event instanceof ClosureApproved) {
                assertThat(ClosureRules.missingItems(live, profile))
                        .as("closed with open items")
                        .isEmpty();
                assertThat(live.closureRequest.requester())
                        .as("closure self-approved")
                        .isNotEqualTo(user);
                closures++;
            } else if (event instanceof ClosureRefused) {
                assertThat(live.closureRequest.requester()).isNotEqualTo(user);
            } else if (event instanceof WaiverApproved w) {
                assertThat(live.obligations.get(w.obligationId()).waiverRequester())
                        .as("waiver self-approved")
                        .isNotEqualTo(user);
            } else if (event instanceof WaiverRefused w) {
                assertThat(live.obligations.get(w.obligationId()).waiverRequester())
                        .isNotEqualTo(user);
            } else if (event instanceof RecurrenceReportApproved || event instanceof RecurrenceReportReturned) {
                assertThat(live.report.submitter())
                        .as("report accepted by its submitter")
                        .isNotEqualTo(user);
            }
        }

        private void checkObligationsMatchFacts() {
            if (live.state() == IncidentState.CLOSED || live.state() == IncidentState.NOT_AN_INCIDENT) {
                return;
            }
            var facts = new DossierFacts(live, profile);
            for (ObligationRule rule : profile.rules()) {
                var started = ObligationPlanner.clockStart(rule.clockStart(), live, live.episodeStartedAt) != null;
                if (rule.trigger().test(facts) && started) {
                    var latest = live.latestObligation(rule.kind());
                    assertThat(latest).as("%s is triggered", rule.kind()).isPresent();
                    if (rule.reraiseOnReopen()) {
                        assertThat(latest.get().episode()).isEqualTo(live.episode);
                    }
                }
            }
            var probe = Actor.of("probe", Role.SIRT);
            assertThat(ObligationPlanner.plan(
                            live, profile, profile.deadlineCalculator(), probe, live.episodeStartedAt))
                    .as("nothing left to raise or reschedule")
                    .isEmpty();
        }
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(Math.floorMod(index, values.size()));
    }

    private static Actor who(Step step) {
        return pick(ACTORS, step.who());
    }

    private static Object command(Step s, String id, Dossier d, Instant at) {
        var who = who(s);
        return switch (s.action()) {
            case ADVANCE -> advance(s, id, d, at);
            case START_TRIAGE -> new StartTriage(id, null, who, at, null);
            case ASSESS ->
                s.how() % 3 == 0
                        ? new AssessIncident(id, null, who, at, AssessmentDecision.NOT_INCIDENT, "not one", null, null)
                        : new AssessIncident(
                                id, null, who, at, AssessmentDecision.INCIDENT, "one", severity(s), correction(s, at));
            case CORRECT_FACTS ->
                new CorrectFacts(id, null, who, at, correction(s, at), s.how() % 4 == 0 ? severity(s) : null, "update");
            case REPORT_TO_CISO -> new ReportToCiso(id, null, who, at, "summary " + s.what() % 2);
            case ACKNOWLEDGE_CISO_REPORT -> new AcknowledgeCisoReport(id, null, who, at, "ok");
            case REQUEST_CYMAT -> new RequestCymatSupport(id, null, who, at, "help");
            case SEND ->
                new RecordNotificationSent(
                        id, null, who, at, obligation(d, s), at, NotificationChannel.EMAIL, null, "sent", null);
            case ACKNOWLEDGE_NOTIFICATION ->
                new RecordNotificationAcknowledged(id, null, who, at, obligation(d, s), null);
            case REQUEST_WAIVER -> new RequestWaiver(id, null, who, at, obligation(d, s), "not needed");
            case DECIDE_WAIVER -> new DecideWaiver(id, null, who, at, obligation(d, s), s.how() % 2 == 0, "decided");
            case ISSUE_INSTRUCTION ->
                new IssueInstruction(
                        id,
                        null,
                        who,
                        at,
                        "ins-" + s.what() % 4,
                        pick(List.of(InstructionKind.values()), s.how()),
                        pick(List.of("officer1", "officer2"), s.how() / 3),
                        "system",
                        "act",
                        null);
            case ACKNOWLEDGE_INSTRUCTION -> new AcknowledgeInstruction(id, null, who, at, "ins-" + s.what() % 4);
            case COMPLETE_INSTRUCTION -> new CompleteInstruction(id, null, who, at, "ins-" + s.what() % 4, "done");
            case RECORD_RECOVERY -> new RecordRecovery(id, null, who, at, "recovered");
            case SUBMIT_REPORT -> submit(id, who, d, at, s);
            case REVIEW_REPORT ->
                new ReviewRecurrenceReport(
                        id, null, who, at, s.how() % 3 == 0 ? ReviewDecision.RETURN : ReviewDecision.APPROVE, "c");
            case COMPLETE_MEASURE -> new CompleteMeasure(id, null, who, at, measure(d, s), "done");
            case SHARE_LESSONS -> new ShareLessons(id, null, who, at, "lessons", List.of("all officers"));
            case REQUEST_CLOSURE -> new RequestClosure(id, null, who, at, "close");
            case DECIDE_CLOSURE -> new DecideClosure(id, null, who, at, s.how() % 3 != 0, "decided");
            case REOPEN -> new ReopenIncident(id, null, who, at, "again " + s.what() % 2, null);
            case ADD_NOTE -> new AddNote(id, null, who, at, "n-" + s.what() % 5, "note " + s.how() % 2);
        };
    }

    /** The natural next step of the workflow, with the right (or a conflicted) actor. */
    private static Object advance(Step s, String id, Dossier d, Instant at) {
        var approver = s.who() % 4 == 0 ? Actor.of("lead1", Role.CISO) : CISO;
        switch (d.state()) {
            case REPORTED:
                return new StartTriage(id, null, SIRT, at, null);
            case TRIAGE:
                return s.how() % 5 == 0
                        ? new AssessIncident(id, null, LEAD, at, AssessmentDecision.NOT_INCIDENT, "no", null, null)
                        : new AssessIncident(id, null, LEAD, at, AssessmentDecision.INCIDENT, "yes", severity(s), null);
            case NOT_AN_INCIDENT:
            case CLOSED:
                return new ReopenIncident(id, null, s.how() % 2 == 0 ? LEAD : CISO, at, "new information", null);
            default:
                break;
        }
        if (d.closureRequest != null && s.what() % 2 == 0) {
            // The CISO decides a pending request at once, whatever was learned since it was made.
            return new DecideClosure(id, null, approver, at, s.how() % 5 != 0, "decided");
        }
        for (var o : d.obligations()) {
            if (o.status() == ObligationStatus.WAIVER_REQUESTED) {
                return new DecideWaiver(id, null, approver, at, o.id(), s.how() % 3 != 0, "decided");
            }
            if (o.status() == ObligationStatus.OPEN) {
                if (o.kind().equals(ObligationKinds.CISO_REPORT)) {
                    return new ReportToCiso(id, null, LEAD, at, "report " + d.episode);
                }
                return s.how() % 7 == 0
                        ? new RequestWaiver(
                                id, null, s.who() % 3 == 0 ? Actor.of("ciso", Role.SIRT_LEAD) : LEAD, at, o.id(), "n/a")
                        : new RecordNotificationSent(
                                id, null, LEAD, at, o.id(), at, NotificationChannel.EMAIL, "ref", "sent", null);
            }
            if (o.status() == ObligationStatus.SENT && o.kind().equals(ObligationKinds.CISO_REPORT)) {
                return new AcknowledgeCisoReport(id, null, CISO, at, null);
            }
            if (o.status() == ObligationStatus.SENT && o.kind().equals(ObligationKinds.PRIVACY_OFFICER)) {
                return new RecordNotificationAcknowledged(
                        id, null, Actor.of("privacy", Role.PRIVACY_OFFICER), at, o.id(), null);
            }
        }
        for (var i : d.instructions.values()) {
            var officer = Actor.of(i.officer(), Role.OFFICER);
            if (i.status() == InstructionStatus.OPEN) {
                return new AcknowledgeInstruction(id, null, officer, at, i.id());
            }
            if (i.status() == InstructionStatus.ACKNOWLEDGED) {
                return new CompleteInstruction(id, null, officer, at, i.id(), "done");
            }
        }
        if (d.recoveredAt == null) {
            if (d.instructions.isEmpty() && s.how() % 2 == 0) {
                return new IssueInstruction(
                        id,
                        null,
                        LEAD,
                        at,
                        "ins-" + s.what() % 4,
                        InstructionKind.CONTAINMENT,
                        "officer1",
                        "sys",
                        "contain",
                        null);
            }
            return new RecordRecovery(id, null, LEAD, at, "recovered");
        }
        var report = d.report;
        if (report == null || report.status() == RecurrenceReportStatus.RETURNED) {
            var submitter = d.instructions.isEmpty()
                    ? Actor.of("officer1", Role.OFFICER)
                    : Actor.of(d.instructions.values().iterator().next().officer(), Role.OFFICER);
            return submit(id, submitter, d, at, s);
        }
        if (report.status() == RecurrenceReportStatus.SUBMITTED) {
            var decision = s.how() % 4 == 0 ? ReviewDecision.RETURN : ReviewDecision.APPROVE;
            return new ReviewRecurrenceReport(id, null, approver, at, decision, "reviewed");
        }
        for (var m : d.measures.values()) {
            if (m.status() == MeasureStatus.OPEN) {
                return new CompleteMeasure(id, null, Actor.of(m.officer(), Role.OFFICER), at, m.id(), "done");
            }
        }
        if (d.lessons == null) {
            return new ShareLessons(id, null, LEAD, at, "lessons", List.of("all officers"));
        }
        if (d.closureRequest == null) {
            var requester = s.who() % 3 == 0 ? Actor.of("ciso", Role.SIRT_LEAD) : LEAD;
            return new RequestClosure(id, null, requester, at, "close");
        }
        if (s.how() % 3 == 0) {
            // A fact learned while closure is pending may raise a new duty before the decision.
            return new CorrectFacts(id, null, SIRT, at, correction(s, at), null, "late fact");
        }
        return new DecideClosure(id, null, approver, at, s.how() % 5 != 0, "decided");
    }

    private static SubmitRecurrenceReport submit(String id, Actor who, Dossier d, Instant at, Step s) {
        var officer = pick(List.of("officer1", "officer2"), s.how());
        var measures = new ArrayList<RecurrenceMeasure>();
        measures.add(new RecurrenceMeasure("m-" + d.episode + "-a", "measure a", officer));
        if (s.what() % 2 == 0) {
            measures.add(new RecurrenceMeasure("m-" + d.episode + "-b", "measure b", null));
        }
        return new SubmitRecurrenceReport(id, null, who, at, "cause " + s.what() % 3, measures);
    }

    private static Severity severity(Step s) {
        return pick(List.of(Severity.values()), s.what());
    }

    private static String obligation(Dossier d, Step s) {
        var ids = new ArrayList<>(d.obligations.keySet());
        ids.add(d.incidentId + ":UNKNOWN");
        return pick(ids, s.what());
    }

    private static String measure(Dossier d, Step s) {
        var ids = new ArrayList<>(d.measures.keySet());
        ids.add("m-none");
        return pick(ids, s.what());
    }

    private static FactsCorrection correction(Step s, Instant at) {
        var h = s.how();
        var tri = java.util.Arrays.asList(TriState.YES, TriState.NO, TriState.UNKNOWN, null);
        var personalData = new PersonalDataCorrection(
                pick(tri, h),
                pick(HEAD_COUNTS, s.what()),
                h % 7 == 0 ? TriState.YES : null,
                h % 5 == 0 ? TriState.YES : null,
                null,
                h % 11 == 0 ? TriState.YES : h % 13 == 0 ? TriState.NO : null,
                h % 19 == 0 ? TriState.YES : null,
                h % 17 == 0 ? TriState.YES : null);
        var awareAt = h % 23 == 0 ? AWARE.minus(Duration.ofHours(s.what() % 48)) : null;
        return new FactsCorrection(
                null, null, awareAt, null, null, null, personalData, pick(tri, s.who()), null, pick(tri, s.who() / 4));
    }
}
