package org.sirtdesk.core.incident.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sirtdesk.core.incident.api.DecideWaiver;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.RecordNotificationAcknowledged;
import org.sirtdesk.core.incident.api.RecordNotificationSent;
import org.sirtdesk.core.incident.api.RequestWaiver;
import org.sirtdesk.core.incident.api.WaiverApproved;
import org.sirtdesk.core.incident.api.WaiverRefused;
import org.sirtdesk.core.incident.api.WaiverRequested;
import org.sirtdesk.core.policy.ObligationKinds;
import org.sirtdesk.core.policy.ObligationRule;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Violation;

/**
 * Each obligation: raised → sent → acknowledged, or waiver requested → approved / refused by someone
 * else (001 Art. 19-1). Who may record it is the rule's {@code senders} (e.g. the privacy officer for
 * the PPC and the individuals).
 */
final class NotificationRules {

    private static final Set<Role> DEFAULT_SENDERS = Set.of(Role.SIRT, Role.SIRT_LEAD);

    private NotificationRules() {}

    /**
     * Sending is allowed while open, and also while a waiver is pending (sending after all makes the
     * waiver moot). The identical record again (a double submit) changes nothing; a different one for
     * a sent obligation is refused.
     */
    static List<IncidentEvent> sent(Dossier dossier, RecordNotificationSent command, OrganisationProfile profile) {
        Checks.start()
                .notBlank("obligationId", command.obligationId())
                .notNull("sentAt", command.sentAt())
                .notNull("channel", command.channel())
                .notBlank("summary", command.summary())
                .that(
                        command.sentAt() == null || !command.sentAt().isAfter(command.at()),
                        "sentAt",
                        "must not be later than the time it is recorded")
                .orThrow();
        var obligation = recordable(dossier, command.obligationId(), command.actor(), profile);
        var sender = command.sender() == null || command.sender().isBlank()
                ? command.actor().userId()
                : command.sender();
        var event = new NotificationSent(
                dossier.incidentId,
                obligation.id(),
                command.sentAt(),
                command.channel(),
                command.reference(),
                command.summary(),
                sender,
                command.actor(),
                command.at(),
                obligation.basis());
        return switch (obligation.status()) {
            case OPEN, WAIVER_REQUESTED -> List.of(event);
            case SENT, ACKNOWLEDGED -> {
                if (sameSending(obligation.sent(), event)) {
                    yield List.of();
                }
                throw Reject.state(
                        "obligationId",
                        obligation.key() + " is already recorded as sent at "
                                + obligation.sent().sentAt());
            }
            case WAIVED -> throw Reject.state("obligationId", obligation.key() + " is waived");
        };
    }

    private static boolean sameSending(NotificationSent a, NotificationSent b) {
        return a != null
                && Objects.equals(a.sentAt(), b.sentAt())
                && a.channel() == b.channel()
                && Objects.equals(a.reference(), b.reference())
                && Objects.equals(a.summary(), b.summary())
                && Objects.equals(a.sender(), b.sender());
    }

    /** Only a sent notification can be acknowledged; the same acknowledgement again changes nothing. */
    static List<IncidentEvent> acknowledged(
            Dossier dossier, RecordNotificationAcknowledged command, OrganisationProfile profile) {
        Checks.start().notBlank("obligationId", command.obligationId()).orThrow();
        var obligation = recordable(dossier, command.obligationId(), command.actor(), profile);
        return switch (obligation.status()) {
            case SENT -> {
                Checks.start()
                        .that(
                                !command.at().isBefore(obligation.sent().sentAt()),
                                "at",
                                "must not be earlier than the sending")
                        .orThrow();
                yield List.of(new NotificationAcknowledged(
                        dossier.incidentId,
                        obligation.id(),
                        command.reference(),
                        command.actor(),
                        command.at(),
                        obligation.basis()));
            }
            case ACKNOWLEDGED -> {
                if (Objects.equals(obligation.acknowledgementReference(), command.reference())) {
                    yield List.of();
                }
                throw Reject.state("obligationId", obligation.key() + " is already acknowledged");
            }
            case OPEN, WAIVER_REQUESTED, WAIVED ->
                throw Reject.state("obligationId", obligation.key() + " is " + obligation.status() + ", not sent");
        };
    }

    /** The SIRT lead, or a sender of the rule such as the privacy officer, asks for a waiver. */
    static List<IncidentEvent> requestWaiver(Dossier dossier, RequestWaiver command, OrganisationProfile profile) {
        Checks.start()
                .notBlank("obligationId", command.obligationId())
                .notBlank("reason", command.reason())
                .orThrow();
        var obligation = find(dossier, command.obligationId());
        var rule = profile.rule(obligation.kind());
        if (command.actor().role() != Role.SIRT_LEAD
                && !senders(rule.orElse(null)).contains(command.actor().role())) {
            throw Reject.role(command.actor().role() + " may not request a waiver of " + obligation.kind());
        }
        if (!rule.map(ObligationRule::waivable).orElse(true)) {
            throw DomainException.of(
                    ErrorCode.NOT_WAIVABLE,
                    Violation.of("obligationId", obligation.kind() + " cannot be waived", obligation.basis()));
        }
        return switch (obligation.status()) {
            case OPEN ->
                List.of(new WaiverRequested(
                        dossier.incidentId,
                        obligation.id(),
                        command.reason(),
                        command.actor(),
                        command.at(),
                        obligation.basis()));
            case WAIVER_REQUESTED -> {
                if (command.actor().userId().equals(obligation.waiverRequester())
                        && command.reason().equals(obligation.waiverReason())) {
                    yield List.of();
                }
                throw Reject.state("obligationId", "a waiver of " + obligation.key() + " is already pending");
            }
            case SENT, ACKNOWLEDGED, WAIVED ->
                throw Reject.state("obligationId", obligation.key() + " is already " + obligation.status());
        };
    }

    /**
     * The CISO decides a pending waiver, never the one who asked for it. Approving an approved waiver
     * again changes nothing.
     */
    static List<IncidentEvent> decideWaiver(Dossier dossier, DecideWaiver command) {
        Checks.start()
                .notBlank("obligationId", command.obligationId())
                .notBlank("comment", command.comment())
                .orThrow();
        var obligation = find(dossier, command.obligationId());
        var decided = obligation.status() == ObligationStatus.WAIVER_REQUESTED
                || obligation.status() == ObligationStatus.WAIVED;
        if (decided && command.actor().userId().equals(obligation.waiverRequester())) {
            throw Reject.segregation("obligationId", "the requester of a waiver cannot decide it: someone else must");
        }
        if (obligation.status() == ObligationStatus.WAIVED && command.approve()) {
            return List.of();
        }
        if (obligation.status() != ObligationStatus.WAIVER_REQUESTED) {
            throw Reject.state("obligationId", "no waiver of " + obligation.key() + " is pending");
        }
        return List.of(
                command.approve()
                        ? new WaiverApproved(
                                dossier.incidentId,
                                obligation.id(),
                                command.comment(),
                                command.actor(),
                                command.at(),
                                Reject.SEGREGATION_BASIS)
                        : new WaiverRefused(
                                dossier.incidentId,
                                obligation.id(),
                                command.comment(),
                                command.actor(),
                                command.at(),
                                Reject.SEGREGATION_BASIS));
    }

    static Obligation find(Dossier dossier, String obligationId) {
        var obligation = dossier.obligations.get(obligationId);
        if (obligation == null) {
            throw Reject.unknown(ErrorCode.UNKNOWN_OBLIGATION, "obligationId", obligationId);
        }
        return obligation;
    }

    /** The obligation, if the actor may record its sending and acknowledgement. */
    private static Obligation recordable(
            Dossier dossier, String obligationId, Actor actor, OrganisationProfile profile) {
        var obligation = find(dossier, obligationId);
        if (obligation.kind().equals(ObligationKinds.CISO_REPORT)) {
            throw Reject.state("obligationId", "the CISO report is recorded by ReportToCiso and AcknowledgeCisoReport");
        }
        if (!senders(profile.rule(obligation.kind()).orElse(null)).contains(actor.role())) {
            throw Reject.role(actor.role() + " may not record notifications of " + obligation.kind());
        }
        return obligation;
    }

    private static Set<Role> senders(ObligationRule rule) {
        return rule == null ? DEFAULT_SENDERS : rule.senders();
    }
}
