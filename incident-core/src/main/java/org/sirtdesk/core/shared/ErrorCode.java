package org.sirtdesk.core.shared;

/** Stable machine codes of rejected commands; the API exposes them as problem+json {@code code}. */
public enum ErrorCode {
    /** A field is missing or malformed (422). */
    VALIDATION_FAILED,
    /** The command does not fit the incident's current state (409). */
    INVALID_STATE,
    /** The actor requested what they now try to grant (001 Art. 19-1). */
    SEGREGATION_OF_DUTIES,
    /** An officer acts on an instruction or measure addressed to someone else. */
    NOT_ADDRESSEE,
    /** Closure refused: every missing item is one violation. */
    CLOSURE_BLOCKED,
    UNKNOWN_OBLIGATION,
    UNKNOWN_INSTRUCTION,
    UNKNOWN_MEASURE,
    /** The actor's role may not issue this command. */
    ROLE_NOT_ALLOWED,
    CONCURRENT_MODIFICATION,
    NOT_FOUND,
    /** An id chosen at the edge (instruction, measure, note, evidence) is already used differently. */
    DUPLICATE_ID,
    /** The organisation profile does not allow waiving this obligation (e.g. the CISO report). */
    NOT_WAIVABLE
}
