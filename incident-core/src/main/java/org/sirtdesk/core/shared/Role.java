package org.sirtdesk.core.shared;

/** The roles of SPEC §1. A user may hold several; every event records the one acted in. */
public enum Role {
    REPORTER,
    SIRT,
    SIRT_LEAD,
    CISO,
    OFFICER,
    PRIVACY_OFFICER,
    COMPLIANCE,
    AUDITOR,
    ADMIN,
    /** Someone outside the body using the external report window (001 Art. 30-5). */
    EXTERNAL,
    /** The service itself, e.g. the deadline watch recording a missed due time. Never a person. */
    SYSTEM
}
