package org.sirtdesk.api.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the streaming processors' source, telling their streams as soon as events
 * appended in this JVM are committed.
 *
 * <p>Axon's pooled processors poll a stream that cannot report new events every 500 ms, so a
 * projection would trail each write by up to half a second. Streams opened here accept the
 * processor's availability callback, which runs after every local commit. Events appended by other
 * instances are picked up at the processor's next scheduled check (its token-claim interval).
 */
public class CommitNotifyingMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore delegate;
    private final Set<NotifyingStream> listening = ConcurrentHashMap.newKeySet();

    public CommitNotifyingMessageSource(EventStore delegate) {
        this.delegate = delegate;
        delegate.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> notifyStreams());
            } else {
                notifyStreams();
            }
        });
    }

    private void notifyStreams() {
        listening.forEach(NotifyingStream::committed);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new NotifyingStream(delegate.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    private final class NotifyingStream implements BlockingStream<TrackedEventMessage<?>> {

        /** How long a reader waits for the store to hand over events it has just been told about. */
        private static final int HANDOVER_MILLIS = 100;

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final AtomicBoolean pending = new AtomicBoolean();
        private volatile Runnable callback;

        NotifyingStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        void committed() {
            pending.set(true);
            var current = callback;
            if (current != null) {
                current.run();
            }
        }

        /**
         * The store fetches committed events on its own thread; right after a commit notice the event may
         * not be handed over yet, so wait briefly for it instead of going back to sleep.
         */
        @Override
        public boolean hasNextAvailable() {
            try {
                if (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
                    return true;
                }
                return pending.getAndSet(false) && stream.hasNextAvailable(HANDOVER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable newCallback) {
            callback = newCallback;
            listening.add(this);
            return true;
        }

        @Override
        public void close() {
            listening.remove(this);
            stream.close();
        }
    }
}
