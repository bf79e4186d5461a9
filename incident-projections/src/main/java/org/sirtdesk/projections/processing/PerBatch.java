package org.sirtdesk.projections.processing;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Work a projection collects over the batch of events a processor hands it in one unit of work and
 * writes once, just before that unit of work commits: in the same transaction as the processor's
 * token, so the read model and the token still move together. A rebuild then costs a few JDBC
 * batches per batch of events instead of a round trip per event. Outside a unit of work (a direct
 * call) the work is written at once.
 *
 * <p>A handler changes the pending work only after it has succeeded, so an event that fails (and is
 * dead-lettered) leaves nothing behind in it.
 *
 * @param <P> what is collected; one instance per unit of work
 */
public final class PerBatch<P extends PerBatch.Pending> {

    /** Collected work, written by {@link #flush()}. */
    public interface Pending {
        void flush();

        /** After the transaction that {@link #flush()} wrote in has committed. */
        default void committed() {}
    }

    private final String resourceKey;
    private final Supplier<P> create;

    /**
     * @param name names the projection; unique per projection so two projections never share work
     * @param create makes the empty pending work of a new unit of work
     */
    public PerBatch(String name, Supplier<P> create) {
        this.resourceKey = PerBatch.class.getName() + "/" + name;
        this.create = create;
    }

    /** Lets {@code work} add to this unit of work's pending work. */
    public void add(Consumer<P> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            var pending = create.get();
            work.accept(pending);
            pending.flush();
            pending.committed();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        P pending = root.getOrComputeResource(resourceKey, key -> {
            var fresh = create.get();
            root.onPrepareCommit(unitOfWork -> fresh.flush());
            root.afterCommit(unitOfWork -> fresh.committed());
            return fresh;
        });
        work.accept(pending);
    }
}
