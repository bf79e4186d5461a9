package org.sirtdesk.core.incident.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sirtdesk.core.deadline.DeadlineCalculator;
import org.sirtdesk.core.deadline.DeadlineTerms;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.ObligationRescheduled;
import org.sirtdesk.core.policy.ClockStart;
import org.sirtdesk.core.policy.ObligationRule;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.shared.Actor;

/**
 * Decides which notification obligations the facts call for now (SPEC §2 step 4, §4). Run after
 * every command, so a fact learned late raises its duty at once:
 *
 * <ul>
 *   <li>a rule whose trigger holds and whose clock has started raises its kind once; a rule marked
 *       {@code reraiseOnReopen} raises it again in each new episode (after a reopening);
 *   <li>in a later episode no clock starts before the reopening;
 *   <li>an unsettled obligation whose due times the facts now change is rescheduled;
 *   <li>nothing is withdrawn: a duty whose trigger no longer holds is settled by a waiver, which
 *       someone else must approve.
 * </ul>
 *
 * Due times are computed here and recorded in the events, so history keeps what the rule said then.
 */
final class ObligationPlanner {

    private ObligationPlanner() {}

    static List<IncidentEvent> plan(
            Dossier dossier, OrganisationProfile profile, DeadlineCalculator calculator, Actor actor, Instant at) {
        if (dossier.state() == IncidentState.CLOSED || dossier.state() == IncidentState.NOT_AN_INCIDENT) {
            return List.of();
        }
        var facts = new DossierFacts(dossier, profile);
        var events = new ArrayList<IncidentEvent>();
        for (var rule : profile.rules()) {
            var latest = dossier.latestObligation(rule.kind());
            var raise = rule.trigger().test(facts)
                    && (latest.isEmpty()
                            || rule.reraiseOnReopen() && latest.get().episode() < dossier.episode);
            if (raise) {
                var clockStart = clockStart(rule.clockStart(), dossier, at);
                if (clockStart != null) {
                    events.add(raised(dossier, profile, calculator, rule, facts, clockStart, actor, at));
                }
            } else if (latest.isPresent() && latest.get().unsettled()) {
                var obligation = latest.get();
                var clockStart = clockStart(rule.clockStart(), dossier, obligation.raisedAt());
                if (clockStart == null) {
                    continue;
                }
                var deadline = deadline(rule.termsFor(facts), clockStart, calculator);
                if (!Objects.equals(clockStart, obligation.clockStart())
                        || !Objects.equals(deadline.dueAt(), obligation.dueAt())
                        || !Objects.equals(deadline.hardDueAt(), obligation.hardDueAt())) {
                    events.add(new ObligationRescheduled(
                            dossier.incidentId,
                            obligation.id(),
                            clockStart,
                            deadline.dueAt(),
                            deadline.hardDueAt(),
                            actor,
                            at,
                            rule.basis()));
                }
            }
        }
        return events;
    }

    private static ObligationRaised raised(
            Dossier dossier,
            OrganisationProfile profile,
            DeadlineCalculator calculator,
            ObligationRule rule,
            DossierFacts facts,
            Instant clockStart,
            Actor actor,
            Instant at) {
        var count = dossier.raisedCount(rule.kind());
        var id = dossier.incidentId + ":" + rule.kind() + (count == 0 ? "" : ":" + (count + 1));
        var deadline = deadline(rule.termsFor(facts), clockStart, calculator);
        return new ObligationRaised(
                dossier.incidentId,
                id,
                rule.kind(),
                profile.recipientFor(rule.kind()),
                rule.describe(),
                clockStart,
                deadline.dueAt(),
                deadline.hardDueAt(),
                actor,
                at,
                rule.basis());
    }

    /**
     * The clock start a rule names, or {@code null} while it has not started. In a later episode
     * no clock starts before the reopening.
     */
    static Instant clockStart(ClockStart start, Dossier dossier, Instant triggerMetAt) {
        var instant = switch (start) {
            case AWARENESS -> dossier.awareAt();
            case REPORTED -> dossier.reportedAt;
            case CONFIRMATION -> dossier.confirmedAt;
            case CYBER_SUSPICION_RECORDED -> dossier.cyberSuspicionAt;
            case PERSONAL_DATA_RECORDED -> dossier.personalDataAt;
            case RECOVERY -> dossier.recoveredAt;
            case TRIGGER_MET -> triggerMetAt;
        };
        if (instant != null && dossier.episode > 1 && instant.isBefore(dossier.episodeStartedAt)) {
            return dossier.episodeStartedAt;
        }
        return instant;
    }

    /** Due times of the terms; both {@code null} when the rule sets no due time. */
    private record DueTimes(Instant dueAt, Instant hardDueAt) {}

    private static DueTimes deadline(DeadlineTerms terms, Instant clockStart, DeadlineCalculator calculator) {
        if (terms == null) {
            return new DueTimes(null, null);
        }
        var deadline = terms.compute(clockStart, calculator);
        return new DueTimes(deadline.dueAt(), deadline.hardDueAt());
    }
}
