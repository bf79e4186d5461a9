package org.sirtdesk.core.incident.domain;

import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Violation;

/** The refusals of the incident rules, each with its stable code. */
final class Reject {

    static final String SEGREGATION_BASIS = "001 Art. 19-1";

    private Reject() {}

    static DomainException state(String field, String message) {
        return DomainException.of(ErrorCode.INVALID_STATE, Violation.of(field, message));
    }

    static DomainException segregation(String field, String message) {
        return DomainException.of(ErrorCode.SEGREGATION_OF_DUTIES, Violation.of(field, message, SEGREGATION_BASIS));
    }

    static DomainException notAddressee(String field, String message, String basis) {
        return DomainException.of(ErrorCode.NOT_ADDRESSEE, Violation.of(field, message, basis));
    }

    static DomainException role(String message) {
        return DomainException.of(ErrorCode.ROLE_NOT_ALLOWED, Violation.of("actor.role", message));
    }

    static DomainException duplicate(String field, String id) {
        return DomainException.of(
                ErrorCode.DUPLICATE_ID, Violation.of(field, "'" + id + "' is already used with other content"));
    }

    static DomainException unknown(ErrorCode code, String field, String id) {
        return DomainException.of(code, Violation.of(field, "no such item: '" + id + "'"));
    }
}
