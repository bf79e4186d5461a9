package org.sirtdesk.core.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed deadline: the target due time and, where the rule has one, a later hard limit. An
 * obligation is overdue after {@code dueAt}; {@code hardDueAt} ({@code null} when there is none)
 * is the outer limit, e.g. "速やかに": due after 3 days, hard limit after 5.
 */
public record Deadline(Instant dueAt, Instant hardDueAt) {

    public Deadline {
        Objects.requireNonNull(dueAt, "dueAt");
        if (hardDueAt != null && hardDueAt.isBefore(dueAt)) {
            throw new IllegalArgumentException("hard limit " + hardDueAt + " must not be before the due time " + dueAt);
        }
    }

    public static Deadline at(Instant dueAt) {
        return new Deadline(dueAt, null);
    }

    public static Deadline at(Instant dueAt, Instant hardDueAt) {
        return new Deadline(dueAt, hardDueAt);
    }

    public Optional<Instant> optionalHardDueAt() {
        return Optional.ofNullable(hardDueAt);
    }

    /**
     * The deadline that meets all the given ones (REGULATIONS.md, engine item 5: "the earliest of
     * two clocks"): the earliest due time, and the earliest of the hard limits there are.
     */
    public static Deadline earliestOf(Collection<Deadline> deadlines) {
        var due = deadlines.stream()
                .map(Deadline::dueAt)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("at least one deadline must be given"));
        var hard = deadlines.stream()
                .map(Deadline::hardDueAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new Deadline(due, hard);
    }
}
