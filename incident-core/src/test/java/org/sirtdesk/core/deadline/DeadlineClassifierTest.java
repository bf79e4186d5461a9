package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeadlineClassifierTest {

    private static final Instant DUE = Instant.parse("2026-06-01T14:59:59Z");
    private static final Instant HARD = DUE.plus(Duration.ofDays(2));
    private static final Deadline DEADLINE = Deadline.at(DUE, HARD);

    private final DeadlineClassifier classifier = DeadlineClassifier.withDefaultWindow();

    private DeadlineAssessment open(Instant now) {
        return classifier.classify(DEADLINE, null, false, now);
    }

    @Nested
    class Met {

        @Test
        void isMetWhenSentBeforeTheDueTime() {
            var assessment = classifier.classify(DEADLINE, DUE.minusSeconds(3600), false, DUE.plusSeconds(99_999));

            assertThat(assessment).isEqualTo(new DeadlineAssessment(DeadlineStatus.MET, null, false));
            assertThat(assessment.optionalRemaining()).isEmpty();
        }

        @Test
        void isMetWhenSentExactlyAtTheDueTime() {
            assertThat(classifier.classify(DEADLINE, DUE, false, DUE).status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void isMetLateWhenSentOneSecondAfterTheDueTime() {
            assertThat(classifier.classify(DEADLINE, DUE.plusSeconds(1), false, DUE.plusSeconds(1)))
                    .isEqualTo(new DeadlineAssessment(DeadlineStatus.MET_LATE, null, false));
        }

        @Test
        void flagsALateFilingSentAfterTheHardLimit() {
            assertThat(classifier.classify(DEADLINE, HARD.plusSeconds(1), false, HARD.plusSeconds(1)))
                    .isEqualTo(new DeadlineAssessment(DeadlineStatus.MET_LATE, null, true));
        }

        @Test
        void staysMetWhenAWaiverIsAlsoRecorded() {
            assertThat(classifier.classify(DEADLINE, DUE, true, DUE).status()).isEqualTo(DeadlineStatus.MET);
        }
    }

    @Nested
    class Waived {

        @Test
        void isWaivedEvenAfterTheDueTime() {
            assertThat(classifier.classify(DEADLINE, null, true, HARD.plusSeconds(1)))
                    .isEqualTo(new DeadlineAssessment(DeadlineStatus.WAIVED, null, false));
        }
    }

    @Nested
    class Open {

        @Test
        void isPendingWhenTheDueTimeIsAtLeastTheWindowAway() {
            assertThat(open(DUE.minus(Duration.ofHours(24))))
                    .isEqualTo(new DeadlineAssessment(DeadlineStatus.PENDING, Duration.ofHours(24), false));
        }

        @Test
        void isDueSoonInsideTheWindow() {
            assertThat(open(DUE.minus(Duration.ofHours(24)).plusSeconds(1)))
                    .isEqualTo(new DeadlineAssessment(
                            DeadlineStatus.DUE_SOON, Duration.ofHours(24).minusSeconds(1), false));
        }

        @Test
        void isDueSoonNotOverdueExactlyAtTheDueTime() {
            assertThat(open(DUE)).isEqualTo(new DeadlineAssessment(DeadlineStatus.DUE_SOON, Duration.ZERO, false));
        }

        @Test
        void isOverdueOneSecondAfterTheDueTimeWithNegativeTimeLeft() {
            assertThat(open(DUE.plusSeconds(1)))
                    .isEqualTo(new DeadlineAssessment(DeadlineStatus.OVERDUE, Duration.ofSeconds(-1), false));
        }

        @Test
        void flagsAnOverdueObligationPastItsHardLimit() {
            assertThat(open(HARD).pastHardLimit()).isFalse();
            assertThat(open(HARD.plusSeconds(1)))
                    .isEqualTo(new DeadlineAssessment(
                            DeadlineStatus.OVERDUE, Duration.ofDays(-2).minusSeconds(1), true));
        }

        @Test
        void neverFlagsAHardLimitWhenThereIsNone() {
            var softOnly = classifier.classify(Deadline.at(DUE), null, false, DUE.plus(Duration.ofDays(30)));

            assertThat(softOnly.status()).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(softOnly.pastHardLimit()).isFalse();
        }
    }

    @Nested
    class Window {

        @Test
        void canBeWidened() {
            var threeDays = new DeadlineClassifier(Duration.ofHours(72));

            assertThat(threeDays
                            .classify(DEADLINE, null, false, DUE.minus(Duration.ofHours(48)))
                            .status())
                    .isEqualTo(DeadlineStatus.DUE_SOON);
        }

        @Test
        void canBeSwitchedOffUntilTheDueTime() {
            var none = new DeadlineClassifier(Duration.ZERO);

            assertThat(none.classify(DEADLINE, null, false, DUE.minusSeconds(1)).status())
                    .isEqualTo(DeadlineStatus.PENDING);
            assertThat(none.classify(DEADLINE, null, false, DUE).status()).isEqualTo(DeadlineStatus.DUE_SOON);
        }

        @Test
        void defaultsToTwentyFourHours() {
            assertThat(classifier.dueSoonWindow()).isEqualTo(Duration.ofHours(24));
        }

        @Test
        void mustNotBeNegative() {
            assertThatThrownBy(() -> new DeadlineClassifier(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void reportsWhichStatusesAreStillOpen() {
        assertThat(DeadlineStatus.values())
                .filteredOn(DeadlineStatus::isOpen)
                .containsExactly(DeadlineStatus.PENDING, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE);
    }

    @Test
    void givesRemainingTimeOnlyForOpenObligations() {
        assertThatThrownBy(() -> new DeadlineAssessment(DeadlineStatus.MET, Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineAssessment(DeadlineStatus.PENDING, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
