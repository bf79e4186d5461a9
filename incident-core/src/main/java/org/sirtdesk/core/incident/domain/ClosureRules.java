package org.sirtdesk.core.incident.domain;

import java.util.ArrayList;
import java.util.List;
import org.sirtdesk.core.incident.api.InstructionStatus;
import org.sirtdesk.core.incident.api.MeasureStatus;
import org.sirtdesk.core.incident.api.ObligationStatus;
import org.sirtdesk.core.incident.api.RecurrenceReportStatus;
import org.sirtdesk.core.policy.ObligationRule;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.shared.Violation;

/**
 * What still stands between an incident and its closure (SPEC §2 step 8). Every missing item is one
 * violation, so the SIRT lead sees the whole list at once:
 *
 * <ul>
 *   <li>{@code recovery} — not recorded in this episode;
 *   <li>{@code obligations[KIND]} — open or waiting for a waiver decision; or sent but not
 *       acknowledged where the rule requires an acknowledgement (the CISO, the privacy officer). A
 *       sent notification to an outside body counts as settled: its silence must not keep an
 *       incident open;
 *   <li>{@code instructions[id]}, {@code measures[id]} — not completed;
 *   <li>{@code recurrenceReport} — not approved in this episode;
 *   <li>{@code lessons} — not shared in this episode.
 * </ul>
 */
final class ClosureRules {

    private ClosureRules() {}

    static List<Violation> missingItems(Dossier dossier, OrganisationProfile profile) {
        var missing = new ArrayList<Violation>();
        if (dossier.recoveredAt == null) {
            missing.add(Violation.of("recovery", "recovery is not recorded", "001 Art. 31-4"));
        }
        for (var o : dossier.obligations()) {
            var acknowledgementRequired = profile.rule(o.kind())
                    .map(ObligationRule::acknowledgementRequired)
                    .orElse(false);
            if (o.unsettled()) {
                missing.add(Violation.of(
                        "obligations[" + o.key() + "]",
                        o.kind() + " to " + o.recipient() + " is " + o.status(),
                        o.basis()));
            } else if (acknowledgementRequired && o.status() == ObligationStatus.SENT) {
                missing.add(Violation.of(
                        "obligations[" + o.key() + "]",
                        o.kind() + " to " + o.recipient() + " is not acknowledged",
                        o.basis()));
            }
        }
        for (var i : dossier.instructions.values()) {
            if (i.status() != InstructionStatus.COMPLETED) {
                missing.add(Violation.of(
                        "instructions[" + i.id() + "]",
                        i.issued().kind() + " on " + i.issued().system() + " by " + i.officer() + " is " + i.status(),
                        "001 Art. 31-4"));
            }
        }
        var report = dossier.report;
        if (report == null || report.status() != RecurrenceReportStatus.APPROVED) {
            missing.add(Violation.of(
                    "recurrenceReport",
                    report == null ? "no recurrence-prevention report submitted" : "the report is " + report.status(),
                    "001 Art. 33-1"));
        }
        for (var m : dossier.measures.values()) {
            if (m.status() != MeasureStatus.COMPLETED) {
                missing.add(Violation.of(
                        "measures[" + m.id() + "]", m.text() + " by " + m.officer() + " is OPEN", "001 Art. 33-2"));
            }
        }
        if (dossier.lessons == null) {
            missing.add(Violation.of("lessons", "lessons are not shared", "001 Art. 33-3"));
        }
        return missing;
    }
}
