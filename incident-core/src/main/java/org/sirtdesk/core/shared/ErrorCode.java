package org.sirtdesk.core.shared;

/** Stable machine codes of rejected commands; the API exposes them as problem+json {@code code}. */
public enum ErrorCode {
    VALIDATION_FAILED,
    INVALID_STATE,
    SEGREGATION_OF_DUTIES,
    NOT_ADDRESSEE,
    CLOSURE_BLOCKED,
    UNKNOWN_OBLIGATION,
    UNKNOWN_INSTRUCTION,
    UNKNOWN_MEASURE,
    ROLE_NOT_ALLOWED,
    CONCURRENT_MODIFICATION,
    NOT_FOUND
}
