package org.sirtdesk.core.shared;

/**
 * Severity of a confirmed incident (SPEC §2 step 2). {@code CRITICAL} is 重大: it shortens the
 * ministry deadline (001 Art. 32-1 "直ちに"). Shared by incidents and the organisation policy, whose
 * rules may say {@code SEVERITY_AT_LEAST(HIGH)}.
 */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
