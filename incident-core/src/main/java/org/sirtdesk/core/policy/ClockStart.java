package org.sirtdesk.core.policy;

/** The moment an obligation's deadline is counted from (SPEC §4). */
public enum ClockStart {
    /** When any part of the body became aware (認知日時); the report time if awareness is unknown. */
    AWARENESS,
    /** When the report was recorded. */
    REPORTED,
    /** When the SIRT lead assessed the report as an incident (001 Art. 31-2). */
    CONFIRMATION,
    /** When a cyber attack was first recorded as suspected (001 Art. 31-7). */
    CYBER_SUSPICION_RECORDED,
    /** When personal data was first recorded as (possibly) leaked (001 Art. 32-3). */
    PERSONAL_DATA_RECORDED,
    /** When recovery was recorded; a rule with this clock is raised only after recovery. */
    RECOVERY,
    /** When the rule's trigger first held, i.e. when the obligation was raised. */
    TRIGGER_MET
}
