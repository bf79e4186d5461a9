package org.sirtdesk.core.incident.domain;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.sirtdesk.core.policy.OrganisationProfile;

/**
 * A story told step by step: each successful step joins the history the next one is given; an
 * attempt that is expected to fail does not. Every step gets a fresh fixture, because a fixture
 * whose last command was refused cannot show aggregate state any more.
 */
final class Story {

    private final OrganisationProfile profile;
    private final List<Object> history = new ArrayList<>();

    Story(OrganisationProfile profile) {
        this.profile = profile;
    }

    /** Runs a step that must succeed and keeps it in the history. */
    ResultValidator<Incident> then(Object command) {
        var result = run(command).expectSuccessfulHandlerExecution();
        history.add(command);
        return result;
    }

    /** Runs each step, all of which must succeed. */
    void thenAll(Object... commands) {
        for (var command : commands) {
            then(command);
        }
    }

    /** Runs a step expected to be refused; it does not join the history. */
    ResultValidator<Incident> attempt(Object command) {
        return run(command);
    }

    private ResultValidator<Incident> run(Object command) {
        AggregateTestFixture<Incident> fixture = Fixtures.fixture(profile);
        return history.isEmpty()
                ? fixture.givenNoPriorActivity().when(command)
                : fixture.givenCommands(history).when(command);
    }
}
