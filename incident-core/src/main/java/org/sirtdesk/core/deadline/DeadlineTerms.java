package org.sirtdesk.core.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule asks for: a target and an optional hard limit (REGULATIONS.md, engine item 3).
 * "速やかに" for the PPC preliminary report is {@code of(calendarDays(3), calendarDays(5))};
 * "30 days" is {@code of(calendarDays(30))}. {@code hardLimit} is {@code null} when there is none.
 */
public record DeadlineTerms(DeadlineSpec target, DeadlineSpec hardLimit) {

    public DeadlineTerms {
        Objects.requireNonNull(target, "target");
        if (hardLimit != null && hardLimit.unit() == target.unit() && hardLimit.amount() < target.amount()) {
            throw new IllegalArgumentException("hard limit must not be shorter than the target");
        }
    }

    public static DeadlineTerms of(DeadlineSpec target) {
        return new DeadlineTerms(target, null);
    }

    public static DeadlineTerms of(DeadlineSpec target, DeadlineSpec hardLimit) {
        return new DeadlineTerms(target, Objects.requireNonNull(hardLimit, "hardLimit"));
    }

    public Optional<DeadlineSpec> optionalHardLimit() {
        return Optional.ofNullable(hardLimit);
    }

    /**
     * The deadline for a clock started at {@code clockStart}. Throws when mixed units would put
     * the hard limit before the target.
     */
    public Deadline compute(Instant clockStart, DeadlineCalculator calculator) {
        var due = calculator.dueAt(clockStart, target);
        var hard = hardLimit == null ? null : calculator.dueAt(clockStart, hardLimit);
        return new Deadline(due, hard);
    }

    /**
     * The earliest deadline over several clocks with these terms, e.g. awareness by the body and
     * notice from a contractor: {@code Deadline.earliestOf} of each clock's deadline.
     */
    public Deadline earliestDue(Collection<Instant> clockStarts, DeadlineCalculator calculator) {
        if (clockStarts.isEmpty()) {
            throw new IllegalArgumentException("at least one clock start must be given");
        }
        return Deadline.earliestOf(
                clockStarts.stream().map(start -> compute(start, calculator)).toList());
    }
}
