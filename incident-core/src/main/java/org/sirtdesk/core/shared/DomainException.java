package org.sirtdesk.core.shared;

import java.util.List;

/** A command refused by a domain rule. Carries a stable code and every violation found. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<Violation> violations;

    public DomainException(ErrorCode code, String message, List<Violation> violations) {
        super(message);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public static DomainException of(ErrorCode code, Violation violation) {
        return new DomainException(code, violation.message(), List.of(violation));
    }

    public ErrorCode code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
