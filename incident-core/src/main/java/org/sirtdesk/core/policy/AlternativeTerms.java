package org.sirtdesk.core.policy;

import org.sirtdesk.core.deadline.DeadlineTerms;

/**
 * Deadline terms that replace a rule's default while {@code when} holds, e.g. the ministry is told
 * within 1 h instead of 24 h for a CRITICAL incident, or the PPC final report is due in 60 days when
 * the leak may serve an unlawful purpose. The first alternative that holds wins.
 */
public record AlternativeTerms(Trigger when, DeadlineTerms terms) {

    public AlternativeTerms {
        if (when == null || terms == null) {
            throw new IllegalArgumentException("an alternative needs a condition and terms");
        }
    }
}
