package org.sirtdesk.core.incident.domain;

import java.util.List;
import org.sirtdesk.core.incident.api.ClosureApproved;
import org.sirtdesk.core.incident.api.ClosureRefused;
import org.sirtdesk.core.incident.api.ClosureRequested;
import org.sirtdesk.core.incident.api.DecideClosure;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.IncidentState;
import org.sirtdesk.core.incident.api.RequestClosure;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;

/** Closure: requested by the SIRT lead, decided by the CISO who did not request it (001 Art. 19-1). */
final class ClosureDecisions {

    private ClosureDecisions() {}

    /**
     * Refused with {@code CLOSURE_BLOCKED} listing every missing item ({@link ClosureRules}). The
     * same request again while pending changes nothing.
     */
    static List<IncidentEvent> request(Dossier dossier, RequestClosure command, OrganisationProfile profile) {
        Checks.start().notBlank("summary", command.summary()).orThrow();
        var pending = dossier.closureRequest;
        if (pending != null) {
            if (pending.summary().equals(command.summary())
                    && pending.requester().equals(command.actor().userId())) {
                return List.of();
            }
            throw Reject.state("closure", "a closure request is already pending");
        }
        blockIfMissing(dossier, profile);
        return List.of(
                new ClosureRequested(dossier.incidentId, command.summary(), command.actor(), command.at(), null));
    }

    /**
     * Items are checked again at the decision: a fact learned after the request may have raised a
     * new obligation. Approving a closed incident again changes nothing.
     */
    static List<IncidentEvent> decide(Dossier dossier, DecideClosure command, OrganisationProfile profile) {
        Checks.start()
                .that(
                        command.approve()
                                || command.comment() != null
                                        && !command.comment().isBlank(),
                        "comment",
                        "must say why closure is refused")
                .orThrow();
        var pending = dossier.closureRequest;
        if (pending == null) {
            throw Reject.state("closure", "no closure request is pending");
        }
        if (pending.requester().equals(command.actor().userId())) {
            throw Reject.segregation("actor", "the requester of the closure cannot decide it: someone else must");
        }
        if (dossier.state() == IncidentState.CLOSED) {
            if (command.approve()) {
                return List.of();
            }
            throw Reject.state("state", "the incident is already closed");
        }
        if (!command.approve()) {
            return List.of(new ClosureRefused(
                    dossier.incidentId, command.comment(), command.actor(), command.at(), Reject.SEGREGATION_BASIS));
        }
        blockIfMissing(dossier, profile);
        return List.of(new ClosureApproved(
                dossier.incidentId, command.comment(), command.actor(), command.at(), Reject.SEGREGATION_BASIS));
    }

    private static void blockIfMissing(Dossier dossier, OrganisationProfile profile) {
        var missing = ClosureRules.missingItems(dossier, profile);
        if (!missing.isEmpty()) {
            throw new DomainException(
                    ErrorCode.CLOSURE_BLOCKED, missing.size() + " item(s) still stand in the way of closure", missing);
        }
    }
}
