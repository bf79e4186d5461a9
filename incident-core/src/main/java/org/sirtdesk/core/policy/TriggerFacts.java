package org.sirtdesk.core.policy;

import org.sirtdesk.core.shared.Severity;

/**
 * What a trigger may ask about an incident. The incident domain implements it over its current
 * facts, so the policy never depends on the incident's classes.
 */
public interface TriggerFacts {

    boolean confirmed();

    /** {@code null} until the incident is assessed. */
    Severity severity();

    /** The category code, e.g. {@code PHISHING}. */
    String category();

    boolean cyberAttackSuspected();

    boolean personalDataPossible();

    boolean ppcReportable();

    boolean myNumberReportable();

    boolean unlawfulPurpose();

    boolean mayAffectOthers();

    boolean cymatRequested();
}
