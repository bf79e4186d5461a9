package org.sirtdesk.core.incident.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.shared.Violation;

/** Rules a report must meet to be recorded. Unknown facts are allowed; missing identity is not. */
final class ReportRules {

    private ReportRules() {}

    static List<Violation> check(ReportIncident command) {
        var violations = new ArrayList<Violation>();
        if (command.incidentId() == null || command.incidentId().isBlank()) {
            violations.add(Violation.of("incidentId", "must be given"));
        }
        if (command.trackingCode() == null || command.trackingCode().isBlank()) {
            violations.add(Violation.of("trackingCode", "must be given"));
        }
        if (command.channel() == null) {
            violations.add(Violation.of("channel", "must be given"));
        }
        if (command.actor() == null) {
            violations.add(Violation.of("actor", "must be given"));
        }
        if (command.reportedAt() == null) {
            violations.add(Violation.of("reportedAt", "must be given"));
        }
        var facts = command.facts();
        if (facts == null) {
            violations.add(Violation.of("facts", "must be given"));
            return violations;
        }
        violations.addAll(checkFacts(facts, command.reportedAt()));
        return violations;
    }

    /** Rules on the facts themselves, for a report and for every later correction. */
    static List<Violation> checkFacts(ReportFacts facts, Instant notAfter) {
        var violations = new ArrayList<Violation>();
        if (facts.title() == null || facts.title().isBlank()) {
            violations.add(Violation.of("title", "must not be blank", "001 Art. 31-1"));
        }
        if (facts.description() == null || facts.description().isBlank()) {
            violations.add(Violation.of("description", "must not be blank", "001 Art. 31-1"));
        }
        if (facts.awareAt() != null && notAfter != null && facts.awareAt().isAfter(notAfter)) {
            violations.add(Violation.of("awareAt", "must not be later than the time it is recorded"));
        }
        var pd = facts.personalData();
        if (pd.approxPersons() != null && pd.approxPersons() < 0) {
            violations.add(Violation.of("personalData.approxPersons", "must not be negative"));
        }
        var c = facts.classification();
        if (c.confidentiality() != null && (c.confidentiality() < 1 || c.confidentiality() > 3)) {
            violations.add(Violation.of("classification.confidentiality", "must be 1 to 3", "001 別表1"));
        }
        if (c.integrity() != null && (c.integrity() < 1 || c.integrity() > 2)) {
            violations.add(Violation.of("classification.integrity", "must be 1 or 2", "001 別表1"));
        }
        if (c.availability() != null && (c.availability() < 1 || c.availability() > 2)) {
            violations.add(Violation.of("classification.availability", "must be 1 or 2", "001 別表1"));
        }
        return violations;
    }
}
