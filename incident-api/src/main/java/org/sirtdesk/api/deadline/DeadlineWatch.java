package org.sirtdesk.api.deadline;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sirtdesk.core.incident.api.RecordDeadlineMissed;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.projections.deadlinewatch.DeadlineWatchQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due times that passed while their obligation was open and reports each to its incident.
 * Every instance may run it: the aggregate records a missed due time exactly once, so a second
 * report (another node, a retry after a restart) changes nothing.
 */
@Component
@ConditionalOnProperty(name = "sirtdesk.deadline-watch.enabled", havingValue = "true", matchIfMissing = true)
public class DeadlineWatch {

    public static final Actor WATCH = Actor.of("deadline-watch", Role.SYSTEM);
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 500;

    private final DeadlineWatchQueries deadlines;
    private final CommandGateway commands;
    private final Clock clock;

    public DeadlineWatch(DeadlineWatchQueries deadlines, CommandGateway commands, Clock clock) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
    }

    /** Returns how many passed due times were reported. */
    @Scheduled(
            fixedDelayString = "${sirtdesk.deadline-watch.interval:PT30S}",
            initialDelayString = "${sirtdesk.deadline-watch.initial-delay:PT20S}")
    public int run() {
        var now = Instant.now(clock);
        var reported = 0;
        for (var passed : deadlines.passedAndNotRecorded(now, BATCH)) {
            try {
                commands.sendAndWait(new RecordDeadlineMissed(
                        passed.incidentId(), null, WATCH, now, passed.obligationId(), passed.limit()));
                reported++;
            } catch (ConcurrencyException raceWithAnotherNode) {
                log.debug("Another writer changed incident {} first; the next run looks again", passed.incidentId());
            } catch (DomainException refused) {
                log.info(
                        "Deadline {} {} of incident {} not recorded: {}",
                        passed.obligationId(),
                        passed.limit(),
                        passed.incidentId(),
                        refused.code());
            }
        }
        return reported;
    }
}
