package org.sirtdesk.core.policy;

/** The stable obligation kind codes of the HTTP contract; a profile may add its own. */
public final class ObligationKinds {

    public static final String CISO_REPORT = "CISO_REPORT";
    public static final String SUPERVISING_MINISTRY = "SUPERVISING_MINISTRY";
    public static final String MIC = "MIC";
    public static final String PREFECTURE = "PREFECTURE";
    public static final String POLICE = "POLICE";
    public static final String PRIVACY_OFFICER = "PRIVACY_OFFICER";
    public static final String PPC_PRELIMINARY = "PPC_PRELIMINARY";
    public static final String PPC_FINAL = "PPC_FINAL";
    public static final String INDIVIDUALS = "INDIVIDUALS";
    public static final String RELATED_ORGANISATIONS = "RELATED_ORGANISATIONS";
    public static final String CYMAT = "CYMAT";
    public static final String PRESS_DECISION = "PRESS_DECISION";

    private ObligationKinds() {}
}
