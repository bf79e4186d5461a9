package org.sirtdesk.api.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/** A test projection on its own streaming processor that counts deliveries per event id. */
@ProcessingGroup("delivery-counter")
public class DeliveryCounter {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    @EventHandler
    void on(EventMessage<?> event) {
        deliveries
                .computeIfAbsent(event.getIdentifier(), id -> new AtomicInteger())
                .incrementAndGet();
    }

    public Map<String, Integer> deliveries() {
        var copy = new java.util.HashMap<String, Integer>();
        deliveries.forEach((id, count) -> copy.put(id, count.get()));
        return copy;
    }
}
