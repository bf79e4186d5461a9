package org.sirtdesk.core.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Classifies an obligation against its deadline at a given moment; the caller passes {@code
 * now}. The rules, first match wins:
 *
 * <ol>
 *   <li>sent at or before {@code dueAt} → {@code MET}; sent after it → {@code MET_LATE} (a waiver
 *       recorded after sending does not change that);
 *   <li>waived → {@code WAIVED};
 *   <li>{@code now} after {@code dueAt} → {@code OVERDUE};
 *   <li>time left ({@code dueAt − now}) shorter than the due-soon window → {@code DUE_SOON} (so a
 *       deadline is due soon, not overdue, at exactly its due time);
 *   <li>otherwise {@code PENDING}.
 * </ol>
 *
 * Overdue and late are measured against the target ({@code dueAt}); the hard limit is reported
 * separately as {@link DeadlineAssessment#pastHardLimit()}.
 *
 * @param dueSoonWindow how long before the due time an obligation counts as due soon; default
 *     {@link #DEFAULT_DUE_SOON_WINDOW}, zero turns {@code DUE_SOON} off except at the due time.
 */
public record DeadlineClassifier(Duration dueSoonWindow) {

    public static final Duration DEFAULT_DUE_SOON_WINDOW = Duration.ofHours(24);

    public DeadlineClassifier {
        Objects.requireNonNull(dueSoonWindow, "dueSoonWindow");
        if (dueSoonWindow.isNegative()) {
            throw new IllegalArgumentException("due-soon window must not be negative");
        }
    }

    /** A classifier with the default 24-hour due-soon window. */
    public static DeadlineClassifier withDefaultWindow() {
        return new DeadlineClassifier(DEFAULT_DUE_SOON_WINDOW);
    }

    /**
     * @param deadline the obligation's due time and optional hard limit
     * @param sentAt when the obligation was met, or {@code null} if it has not been
     * @param waived whether an approved waiver is recorded
     * @param now the moment of the assessment
     */
    public DeadlineAssessment classify(Deadline deadline, Instant sentAt, boolean waived, Instant now) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        var due = deadline.dueAt();
        var hard = deadline.hardDueAt();
        if (sentAt != null) {
            boolean late = sentAt.isAfter(due);
            boolean pastHard = hard != null && sentAt.isAfter(hard);
            return new DeadlineAssessment(late ? DeadlineStatus.MET_LATE : DeadlineStatus.MET, null, pastHard);
        }
        if (waived) {
            return new DeadlineAssessment(DeadlineStatus.WAIVED, null, false);
        }
        var remaining = Duration.between(now, due);
        boolean pastHard = hard != null && now.isAfter(hard);
        if (remaining.isNegative()) {
            return new DeadlineAssessment(DeadlineStatus.OVERDUE, remaining, pastHard);
        }
        var status = remaining.compareTo(dueSoonWindow) < 0 || remaining.isZero()
                ? DeadlineStatus.DUE_SOON
                : DeadlineStatus.PENDING;
        return new DeadlineAssessment(status, remaining, false);
    }
}
