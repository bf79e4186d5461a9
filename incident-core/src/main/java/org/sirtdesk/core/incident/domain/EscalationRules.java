package org.sirtdesk.core.incident.domain;

import java.util.ArrayList;
import java.util.List;
import org.sirtdesk.core.incident.api.AcknowledgeCisoReport;
import org.sirtdesk.core.incident.api.CisoReportAcknowledged;
import org.sirtdesk.core.incident.api.CymatSupportRequested;
import org.sirtdesk.core.incident.api.IncidentEvent;
import org.sirtdesk.core.incident.api.NotificationAcknowledged;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.ReportToCiso;
import org.sirtdesk.core.incident.api.ReportedToCiso;
import org.sirtdesk.core.incident.api.RequestCymatSupport;
import org.sirtdesk.core.policy.ObligationKinds;

/**
 * The report to the CISO (001 Art. 18-4, 31-3) and the CYMAT request (001 Art. 31-10). The CISO
 * report settles the {@code CISO_REPORT} obligation through the same notification events as any
 * other recipient, so the deadline board and the export need no special case.
 */
final class EscalationRules {

    static final String CISO_BASIS = "001 Art. 18-4, 31-3";

    private EscalationRules() {}

    /** The same summary again changes nothing; another summary is a follow-up report. */
    static List<IncidentEvent> reportToCiso(Dossier dossier, ReportToCiso command) {
        Checks.start().notBlank("summary", command.summary()).orThrow();
        if (dossier.cisoReport != null && dossier.cisoReport.summary().equals(command.summary())) {
            return List.of();
        }
        var events = new ArrayList<IncidentEvent>();
        events.add(new ReportedToCiso(
                dossier.incidentId, command.summary(), command.actor(), command.at(), basis(dossier)));
        dossier.latestObligation(ObligationKinds.CISO_REPORT)
                .filter(Obligation::unsettled)
                .ifPresent(o -> events.add(new NotificationSent(
                        dossier.incidentId,
                        o.id(),
                        command.at(),
                        NotificationChannel.SYSTEM,
                        null,
                        command.summary(),
                        command.actor().userId(),
                        command.actor(),
                        command.at(),
                        o.basis())));
        return events;
    }

    /** Acknowledging twice changes nothing; there must be a report to acknowledge. */
    static List<IncidentEvent> acknowledge(Dossier dossier, AcknowledgeCisoReport command) {
        if (dossier.cisoReport == null) {
            throw Reject.state("cisoReport", "nothing has been reported to the CISO yet");
        }
        if (dossier.cisoReport.acknowledged()) {
            return List.of();
        }
        var events = new ArrayList<IncidentEvent>();
        events.add(new CisoReportAcknowledged(
                dossier.incidentId, command.comment(), command.actor(), command.at(), basis(dossier)));
        dossier.latestObligation(ObligationKinds.CISO_REPORT)
                .filter(o -> o.status() == ObligationStatus.SENT)
                .ifPresent(o -> events.add(new NotificationAcknowledged(
                        dossier.incidentId, o.id(), null, command.actor(), command.at(), o.basis())));
        return events;
    }

    /** The basis the profile gives the CISO report (e.g. 002 §(9)⑤ for a local government). */
    private static String basis(Dossier dossier) {
        return dossier.latestObligation(ObligationKinds.CISO_REPORT)
                .map(Obligation::basis)
                .orElse(CISO_BASIS);
    }

    /** Asking again changes nothing. */
    static List<IncidentEvent> requestCymat(Dossier dossier, RequestCymatSupport command) {
        Checks.start().notBlank("reason", command.reason()).orThrow();
        if (dossier.cymatRequested) {
            return List.of();
        }
        return List.of(new CymatSupportRequested(
                dossier.incidentId, command.reason(), command.actor(), command.at(), "001 Art. 31-10"));
    }
}
