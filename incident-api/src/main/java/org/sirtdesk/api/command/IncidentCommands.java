package org.sirtdesk.api.command;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sirtdesk.core.incident.api.IncidentCommand;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Violation;
import org.sirtdesk.projections.incidentlist.IncidentListQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Sends incident commands for the web layer: picks the role the caller acts in, parses If-Match
 * into the expected aggregate version, and answers with the version the incident reached once the
 * read model has caught up with it (bounded).
 */
@Component
public class IncidentCommands {

    private final CommandGateway commands;
    private final EventStore events;
    private final IncidentListQueries incidents;
    private final ReadModelAwait readModel;
    private final Clock clock;

    public IncidentCommands(
            CommandGateway commands,
            EventStore events,
            IncidentListQueries incidents,
            ReadModelAwait readModel,
            Clock clock) {
        this.commands = commands;
        this.events = events;
        this.incidents = incidents;
        this.readModel = readModel;
        this.clock = clock;
    }

    public record Accepted(String incidentId, long version) {}

    public Instant now() {
        return Instant.now(clock);
    }

    /**
     * Without If-Match the caller asked for no version check, so a write that lost a race with another
     * one (e.g. the deadline watch) is decided again on the new state, at most twice more.
     */
    public Accepted send(IncidentCommand command) {
        try (var watch = readModel.watch(command.incidentId())) {
            for (int attempt = 1; ; attempt++) {
                try {
                    commands.sendAndWait(command);
                    break;
                } catch (ConcurrencyException lostRace) {
                    if (command.expectedVersion() != null || attempt == 3) {
                        throw lostRace;
                    }
                }
            }
            var version = events.lastSequenceNumberFor(command.incidentId()).orElse(-1L);
            watch.untilLookingFirst(() -> incidents.versionOf(command.incidentId()), version);
            return new Accepted(command.incidentId(), version);
        }
    }

    /** The first of {@code preferred} that the caller holds; the order is the endpoint's own. */
    public static Actor actor(Authentication user, Role... preferred) {
        var held = user.getAuthorities().stream().map(a -> a.getAuthority()).toList();
        return Arrays.stream(preferred)
                .filter(role -> held.contains("ROLE_" + role.name()))
                .findFirst()
                .map(role -> Actor.of(user.getName(), role))
                .orElseThrow(() -> new DomainException(
                        ErrorCode.ROLE_NOT_ALLOWED,
                        "None of your roles may do this",
                        List.of(Violation.of("role", "needs one of " + Arrays.toString(preferred)))));
    }

    /** Parses {@code If-Match: "12"} (or a weak tag) into the expected version; absent means no check. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        var tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            var version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED,
                    "If-Match must carry the incident version, e.g. \"3\"",
                    List.of(Violation.of("If-Match", "must be a quoted version number")));
        }
    }
}
