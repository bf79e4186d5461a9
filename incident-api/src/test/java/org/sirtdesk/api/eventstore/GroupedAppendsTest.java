package org.sirtdesk.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupedAppendsTest {

    /** What the fake database committed, one entry per transaction, as the events' payloads. */
    private final List<List<String>> committed = new CopyOnWriteArrayList<>();

    /** Every transaction attempted, committed or not. */
    private final List<List<String>> attempted = new CopyOnWriteArrayList<>();

    private final CountDownLatch firstTransactionEntered = new CountDownLatch(1);
    private final CountDownLatch releaseFirstTransaction = new CountDownLatch(1);
    private final List<Thread> callers = new ArrayList<>();

    @AfterEach
    void stopCallers() throws InterruptedException {
        releaseFirstTransaction.countDown();
        for (var caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** A transaction that holds the first one open until released, and fails on a "conflict" event. */
    private void transaction(List<EventMessage<?>> events) {
        var payloads = events.stream().map(e -> (String) e.getPayload()).toList();
        attempted.add(payloads);
        if (attempted.size() == 1) {
            firstTransactionEntered.countDown();
            try {
                releaseFirstTransaction.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (payloads.stream().anyMatch(p -> p.startsWith("conflict"))) {
            throw new ConcurrencyException("duplicate sequence number");
        }
        committed.add(payloads);
    }

    private static List<EventMessage<?>> events(String aggregate, int count) {
        var events = new ArrayList<EventMessage<?>>();
        for (int i = 0; i < count; i++) {
            events.add(new GenericDomainEventMessage<>("Incident", aggregate, i, aggregate + "#" + i));
        }
        return events;
    }

    /** Starts a caller that appends and records its outcome; returns once it waits for the writer. */
    private AtomicReference<Object> appendAndWait(GroupedAppends appends, List<EventMessage<?>> events)
            throws InterruptedException {
        var outcome = new AtomicReference<Object>();
        var caller = new Thread(() -> {
            try {
                appends.append(events);
                outcome.set("written");
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        callers.add(caller);
        caller.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (caller.getState() != Thread.State.WAITING && caller.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return outcome;
    }

    /** Starts an append whose transaction stays open until the callers are awaited, so others queue. */
    private AtomicReference<Object> appendHoldingTheWriter(GroupedAppends appends) throws InterruptedException {
        var outcome = appendAndWait(appends, events("a", 1));
        assertThat(firstTransactionEntered.await(10, TimeUnit.SECONDS)).isTrue();
        return outcome;
    }

    private void awaitCallers() throws InterruptedException {
        releaseFirstTransaction.countDown();
        for (var caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(caller.isAlive()).as("a caller still waits").isFalse();
        }
    }

    @Test
    void anAppendThatFindsTheWriterIdleIsWrittenAtOnceOnItsOwn() throws InterruptedException {
        releaseFirstTransaction.countDown();
        var appends = new GroupedAppends(this::transaction, 100);

        appends.append(events("a", 2));

        assertThat(committed).containsExactly(List.of("a#0", "a#1"));
    }

    @Test
    void appendsQueuedDuringATransactionAreWrittenTogetherInTheNextEachInItsOwnOrder() throws Exception {
        var appends = new GroupedAppends(this::transaction, 100);
        var first = appendHoldingTheWriter(appends);
        var queued = new ArrayList<AtomicReference<Object>>();
        for (var aggregate : List.of("b", "c", "d", "e")) {
            queued.add(appendAndWait(appends, events(aggregate, 2)));
        }

        awaitCallers();

        assertThat(first.get()).isEqualTo("written");
        assertThat(queued).allSatisfy(outcome -> assertThat(outcome.get()).isEqualTo("written"));
        assertThat(committed).hasSize(2);
        assertThat(committed.get(0)).containsExactly("a#0");
        var group = committed.get(1);
        assertThat(group).containsExactlyInAnyOrder("b#0", "b#1", "c#0", "c#1", "d#0", "d#1", "e#0", "e#1");
        for (var aggregate : List.of("b", "c", "d", "e")) {
            assertThat(group.indexOf(aggregate + "#1")).isEqualTo(group.indexOf(aggregate + "#0") + 1);
        }
    }

    @Test
    void aConflictFailsOnlyItsOwnAppendWithItsOwnExceptionAndTheRestOfTheGroupIsWritten() throws Exception {
        var appends = new GroupedAppends(this::transaction, 100);
        appendHoldingTheWriter(appends);
        var before = appendAndWait(appends, events("b", 1));
        var conflict = appendAndWait(appends, events("conflict", 1));
        var after = appendAndWait(appends, events("c", 1));

        awaitCallers();

        assertThat(before.get()).isEqualTo("written");
        assertThat(after.get()).isEqualTo("written");
        assertThat(conflict.get()).isInstanceOf(ConcurrencyException.class);
        // the group failed as a whole, then each was written alone
        assertThat(attempted.get(1)).containsExactlyInAnyOrder("b#0", "conflict#0", "c#0");
        assertThat(committed.stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("a#0", "b#0", "c#0")
                .doesNotContain("conflict#0");
    }

    @Test
    void aGroupHoldsNoMoreEventsThanTheLimitAndALargerAppendIsWrittenAlone() throws Exception {
        var appends = new GroupedAppends(this::transaction, 3);
        appendHoldingTheWriter(appends);
        var large = appendAndWait(appends, events("large", 5));
        var small = new ArrayList<AtomicReference<Object>>();
        for (var aggregate : List.of("b", "c", "d")) {
            small.add(appendAndWait(appends, events(aggregate, 1)));
        }

        awaitCallers();

        assertThat(large.get()).isEqualTo("written");
        assertThat(small).allSatisfy(outcome -> assertThat(outcome.get()).isEqualTo("written"));
        assertThat(committed).allSatisfy(transaction -> {
            if (!transaction.contains("large#0")) {
                assertThat(transaction).hasSizeLessThanOrEqualTo(3);
            }
        });
        assertThat(committed).contains(List.of("large#0", "large#1", "large#2", "large#3", "large#4"));
        assertThat(committed.stream().flatMap(List::stream)).contains("b#0", "c#0", "d#0");
    }

    @Test
    void anInterruptedCallerStillLearnsTheOutcomeAndKeepsTheInterrupt() throws Exception {
        var appends = new GroupedAppends(this::transaction, 100);
        var interruptedAfter = new AtomicReference<Boolean>();
        var outcome = new AtomicReference<Object>();
        var caller = new Thread(() -> {
            try {
                appends.append(events("a", 1));
                outcome.set("written");
            } catch (RuntimeException e) {
                outcome.set(e);
            }
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        callers.add(caller);
        caller.start();
        assertThat(firstTransactionEntered.await(10, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();

        awaitCallers();

        assertThat(outcome.get()).isEqualTo("written");
        assertThat(interruptedAfter.get()).isTrue();
        assertThat(committed).containsExactly(List.of("a#0"));
    }

    @Test
    void aFailureOfAnAppendAloneReachesItsCaller() {
        releaseFirstTransaction.countDown();
        var appends = new GroupedAppends(this::transaction, 100);

        assertThatThrownBy(() -> appends.append(events("conflict", 1))).isInstanceOf(ConcurrencyException.class);
        assertThat(committed).isEmpty();
    }
}
