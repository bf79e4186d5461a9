package org.sirtdesk.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sirtdesk.projections.processing.ReadModelProgress;

/**
 * Read-your-writes wakes when the incident's row is committed on this instance, not when a timer
 * runs out: the pauses here are an hour long, so only the commit can end the wait early.
 */
class ReadModelAwaitTest {

    final ReadModelProgress progress = new ReadModelProgress();
    final AtomicLong version = new AtomicLong(-1);
    final AtomicInteger checks = new AtomicInteger();

    long version() {
        checks.incrementAndGet();
        return version.get();
    }

    ReadModelAwait awaitWithin(Duration bound) {
        return new ReadModelAwait(bound, progress, Duration.ofHours(1), Duration.ofHours(1));
    }

    void untilChecked(int times) throws InterruptedException {
        while (checks.get() < times) {
            Thread.sleep(1);
        }
    }

    @Test
    void aCommitOfTheIncidentsRowEndsTheWait() {
        var await = awaitWithin(Duration.ofHours(2));
        var waiting = CompletableFuture.supplyAsync(() -> await.until("inc-1", this::version, 0));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            untilChecked(1);
            version.set(0);
            progress.committed(List.of("inc-1"));
            assertThat(waiting.join()).isTrue();
        });
        assertThat(checks).hasValue(2);
    }

    @Test
    void aCommitOfAnotherIncidentDoesNotEndTheWait() throws Exception {
        var await = awaitWithin(Duration.ofMillis(300));
        var waiting = CompletableFuture.supplyAsync(() -> await.until("inc-1", this::version, 0));
        untilChecked(1);
        progress.committed(List.of("inc-2"));
        assertThat(waiting.get()).isFalse();
        // once before waiting, once when the bound ran out: the other incident's commit woke nothing
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRowAlreadyThereNeedsNoWait() {
        version.set(3);
        assertThat(awaitWithin(Duration.ofHours(1)).until("inc-1", this::version, 3))
                .isTrue();
        assertThat(checks).hasValue(1);
    }
}
