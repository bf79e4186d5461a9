package org.sirtdesk.core.policy;

/**
 * The named facts a trigger can test. Rules combine them with {@code AND}, {@code OR}, {@code NOT}
 * and parentheses, e.g. {@code CONFIRMED AND (PPC_REPORTABLE OR MY_NUMBER_REPORTABLE)}.
 */
public enum Condition {
    /** Assessed as an incident (001 Art. 31-2) and not dismissed since. */
    CONFIRMED(false),
    /** Severity known and at least the argument, e.g. {@code SEVERITY_AT_LEAST(HIGH)}. */
    SEVERITY_AT_LEAST(true),
    /** The incident's category code equals the argument, e.g. {@code CATEGORY(LOSS_OR_THEFT)}. */
    CATEGORY(true),
    /** A cyber attack is suspected: YES (001 Art. 31-7). UNKNOWN does not count. */
    CYBER_ATTACK_SUSPECTED(false),
    /** Personal data leaked or may have leaked: YES (001 Art. 32-3). UNKNOWN does not count. */
    PERSONAL_DATA_POSSIBLE(false),
    /** Reportable to the PPC under the profile's APPI article. */
    PPC_REPORTABLE(false),
    /** A My Number (特定個人情報) leak reportable to the PPC. */
    MY_NUMBER_REPORTABLE(false),
    /** The leak may serve an unlawful purpose: YES. Lengthens the PPC final report to 60 days. */
    UNLAWFUL_PURPOSE(false),
    /** The incident may affect other bodies: YES (001 Art. 32-2; 002 §(9)⑦). */
    MAY_AFFECT_OTHERS(false),
    /** The SIRT lead asked for CYMAT support (001 Art. 31-10). */
    CYMAT_REQUESTED(false);

    private final boolean takesArgument;

    Condition(boolean takesArgument) {
        this.takesArgument = takesArgument;
    }

    public boolean takesArgument() {
        return takesArgument;
    }
}
