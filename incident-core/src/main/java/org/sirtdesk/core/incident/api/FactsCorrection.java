package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;

/**
 * A partial correction of the report facts (SPEC §2; API {@code facts}): each {@code null} leaves the
 * known value as it is. {@code mayAffectOthers} is a fact the report form does not ask for: whether
 * other bodies may be concerned (001 Art. 32-2).
 */
public record FactsCorrection(
        String title,
        String description,
        Instant awareAt,
        Category category,
        List<String> affectedSystems,
        Classification classification,
        PersonalDataCorrection personalData,
        TriState cyberAttackSuspected,
        String department,
        TriState mayAffectOthers) {

    public static FactsCorrection none() {
        return new FactsCorrection(null, null, null, null, null, null, null, null, null, null);
    }

    /** The report facts with this correction applied. */
    public ReportFacts applyTo(ReportFacts current) {
        return new ReportFacts(
                title != null ? title : current.title(),
                description != null ? description : current.description(),
                awareAt != null ? awareAt : current.awareAt(),
                category != null ? category : current.category(),
                affectedSystems != null ? affectedSystems : current.affectedSystems(),
                classification != null ? classification : current.classification(),
                personalData != null ? personalData.applyTo(current.personalData()) : current.personalData(),
                cyberAttackSuspected != null ? cyberAttackSuspected : current.cyberAttackSuspected(),
                department != null ? department : current.department());
    }
}
