package org.sirtdesk.api.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries parked events: every few minutes each processing group's dead-letter queue is offered
 * to its handlers again, one incident's sequence at a time, oldest first. A sequence whose cause
 * is gone (a database back, a fixed projection deployed) is processed and leaves the queue; one
 * that still fails stays parked, with its retry count raised. Letters are never deleted here.
 */
@Component
@ConditionalOnProperty(name = "sirtdesk.dead-letters.retry", havingValue = "true", matchIfMissing = true)
public class DeadLetterRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);

    private final EventProcessingConfiguration processing;

    public DeadLetterRetry(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Scheduled(
            initialDelayString = "${sirtdesk.dead-letters.retry-interval:PT5M}",
            fixedDelayString = "${sirtdesk.dead-letters.retry-interval:PT5M}")
    public void retryAll() {
        for (var group : processing.eventProcessors().keySet()) {
            var queue = processing.deadLetterQueue(group);
            var letters = processing.sequencedDeadLetterProcessor(group);
            if (queue.isEmpty() || letters.isEmpty()) {
                continue;
            }
            // Each failed attempt touches its sequence, so the next attempt takes another one;
            // one attempt per parked sequence per round.
            long sequences = queue.get().amountOfSequences();
            int processed = 0;
            for (long attempt = 0; attempt < sequences; attempt++) {
                if (letters.get().processAny()) {
                    processed++;
                }
            }
            if (sequences > 0) {
                log.info(
                        "Processing group {}: {} of {} parked incident sequence(s) processed on retry",
                        group,
                        processed,
                        sequences);
            }
        }
    }
}
