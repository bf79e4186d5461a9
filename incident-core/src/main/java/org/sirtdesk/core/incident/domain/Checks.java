package org.sirtdesk.core.incident.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Violation;

/** Collects every input violation of a command before refusing it with {@code VALIDATION_FAILED}. */
final class Checks {

    private final List<Violation> violations = new ArrayList<>();

    static Checks start() {
        return new Checks();
    }

    Checks notBlank(String field, String value) {
        return that(value != null && !value.isBlank(), field, "must not be blank");
    }

    Checks notNull(String field, Object value) {
        return that(value != null, field, "must be given");
    }

    Checks notEmpty(String field, Collection<?> value) {
        return that(value != null && !value.isEmpty(), field, "must not be empty");
    }

    Checks that(boolean ok, String field, String message) {
        return that(ok, field, message, null);
    }

    Checks that(boolean ok, String field, String message, String basis) {
        if (!ok) {
            violations.add(Violation.of(field, message, basis));
        }
        return this;
    }

    Checks add(List<Violation> more) {
        violations.addAll(more);
        return this;
    }

    void orThrow() {
        if (!violations.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The command is incomplete", violations);
        }
    }
}
