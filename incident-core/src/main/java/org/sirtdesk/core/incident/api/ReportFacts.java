package org.sirtdesk.core.incident.api;

import java.time.Instant;
import java.util.List;

/**
 * The facts of a report (SPEC §2 step 1). {@code awareAt} is the moment any part of the body
 * became aware (認知日時): the clock start of every awareness-based deadline.
 */
public record ReportFacts(
        String title,
        String description,
        Instant awareAt,
        Category category,
        List<String> affectedSystems,
        Classification classification,
        PersonalData personalData,
        TriState cyberAttackSuspected,
        String department) {

    public ReportFacts {
        affectedSystems = affectedSystems == null ? List.of() : List.copyOf(affectedSystems);
        classification = classification == null ? Classification.unknown() : classification;
        personalData = personalData == null ? PersonalData.unknown() : personalData;
        cyberAttackSuspected = TriState.orUnknown(cyberAttackSuspected);
        category = category == null ? Category.OTHER : category;
    }
}
