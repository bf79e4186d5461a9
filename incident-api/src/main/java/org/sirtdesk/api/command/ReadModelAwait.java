package org.sirtdesk.api.command;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the person who just acted: after a command, wait (bounded) until the read
 * model has reached the command's event before answering.
 */
@Component
public class ReadModelAwait {

    private final Duration bound;

    public ReadModelAwait(@Value("${sirtdesk.read-your-writes.timeout:PT2S}") Duration bound) {
        this.bound = bound;
    }

    /** Returns true when {@code version} reached {@code expected} within the bound. */
    public boolean until(LongSupplier version, long expected) {
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = 2;
        while (version.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, 50);
        }
        return true;
    }
}
