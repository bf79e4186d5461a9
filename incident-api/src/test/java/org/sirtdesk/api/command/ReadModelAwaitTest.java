package org.sirtdesk.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sirtdesk.projections.processing.ReadModelProgress;

/**
 * Read-your-writes ends when this instance commits the incident's row at the awaited version, not
 * when a timer runs out, and then without reading the table: the pauses here are an hour long, so
 * only the commit can end a wait early.
 */
class ReadModelAwaitTest {

    final ReadModelProgress progress = new ReadModelProgress();
    final AtomicLong version = new AtomicLong(-1);
    final AtomicInteger checks = new AtomicInteger();

    long version() {
        checks.incrementAndGet();
        return version.get();
    }

    /** Another instance processes the incident: the table is looked at after each pause. */
    ReadModelAwait awaitWithin(Duration bound) {
        return new ReadModelAwait(bound, progress, incidentId -> false, Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void aCommitAtTheVersionEndsTheWaitWithoutReadingTheRow() {
        var await = awaitWithin(Duration.ofHours(2));
        try (var watch = await.watch("inc-1")) {
            var waiting = CompletableFuture.supplyAsync(() -> watch.until(this::version, 2));
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                progress.committed(Map.of("inc-1", 1L));
                Thread.sleep(50);
                assertThat(waiting).isNotDone();
                progress.committed(Map.of("inc-1", 2L));
                assertThat(waiting.join()).isTrue();
            });
        }
        assertThat(checks).hasValue(0);
    }

    @Test
    void aCommitBeforeTheWaitBeginsIsNotMissed() {
        var await = awaitWithin(Duration.ofHours(2));
        try (var watch = await.watch("inc-1")) {
            // the projection was quicker than the command's caller
            progress.committed(Map.of("inc-1", 0L));
            assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> assertThat(watch.until(this::version, 0)).isTrue());
        }
        assertThat(checks).hasValue(0);
    }

    @Test
    void aCommitOfAnotherIncidentDoesNotEndTheWait() {
        var await = awaitWithin(Duration.ofMillis(300));
        try (var watch = await.watch("inc-1")) {
            progress.committed(Map.of("inc-2", 5L));
            assertThat(watch.until(this::version, 0)).isFalse();
        }
        // read once, when the bound ran out: the other incident's commit ended nothing
        assertThat(checks).hasValue(1);
    }

    @Test
    void aRowWrittenElsewhereIsSeenInTheTableAfterAPause() {
        var await = new ReadModelAwait(
                Duration.ofSeconds(30), progress, incidentId -> false, Duration.ofMillis(1), Duration.ofMillis(5));
        try (var watch = await.watch("inc-1")) {
            // another instance's projection: no commit is seen here, only the row
            version.set(3);
            assertThat(watch.until(this::version, 3)).isTrue();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void whenThisInstanceProcessesTheIncidentTheTableIsLookedAtLessOften() {
        int local = looksWithin(Duration.ofMillis(400), incidentId -> true);
        int elsewhere = looksWithin(Duration.ofMillis(400), incidentId -> false);
        // pauses of 10 ms where another instance writes the row, 4 x 10 ms where this one does
        assertThat(local).isBetween(1, 11);
        assertThat(elsewhere).isGreaterThan(2 * local);
    }

    int looksWithin(Duration bound, ReadModelAwait.Locality locality) {
        checks.set(0);
        var await = new ReadModelAwait(bound, progress, locality, Duration.ofMillis(10), Duration.ofMillis(10));
        try (var watch = await.watch("inc-1")) {
            assertThat(watch.until(this::version, 0)).isFalse();
        }
        return checks.get();
    }

    @Test
    void aRowAlreadyThereNeedsNoWait() {
        version.set(3);
        try (var watch = awaitWithin(Duration.ofHours(1)).watch("inc-1")) {
            assertThat(watch.untilLookingFirst(this::version, 3)).isTrue();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void commitsAreNotedOnlyWhileSomeoneWatches() {
        var await = awaitWithin(Duration.ofMillis(200));
        var first = await.watch("inc-1");
        var second = await.watch("inc-1");
        first.close();
        progress.committed(Map.of("inc-1", 0L));
        assertThat(second.until(this::version, 0)).isTrue();
        second.close();
        // nobody watches now: this commit is not kept for a later watcher
        progress.committed(Map.of("inc-1", 1L));
        try (var later = await.watch("inc-1")) {
            assertThat(later.until(this::version, 1)).isFalse();
        }
    }
}
