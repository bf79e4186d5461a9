package org.sirtdesk.core.shared;

/**
 * One reason a command was refused: the field (or item) concerned, a human message and,
 * where a seed rule applies, its basis such as {@code 001 Art. 31-7}.
 */
public record Violation(String field, String message, String basis) {

    public static Violation of(String field, String message) {
        return new Violation(field, message, null);
    }

    public static Violation of(String field, String message, String basis) {
        return new Violation(field, message, basis);
    }
}
