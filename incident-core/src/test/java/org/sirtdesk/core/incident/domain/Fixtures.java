package org.sirtdesk.core.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.sirtdesk.core.deadline.DeadlineCalculator;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.policy.OrganisationProfiles;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Violation;

/** Aggregate fixtures wired like production: the profile and the calculator as injectable resources. */
final class Fixtures {

    static final OrganisationProfile AGENCY = OrganisationProfiles.agency();
    static final OrganisationProfile LOCAL_GOVERNMENT = OrganisationProfiles.localGovernment();
    static final DeadlineCalculator CALCULATOR = AGENCY.deadlineCalculator();

    private Fixtures() {}

    static AggregateTestFixture<Incident> fixture() {
        return fixture(AGENCY);
    }

    static AggregateTestFixture<Incident> fixture(OrganisationProfile profile) {
        var fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(profile);
        fixture.registerInjectableResource(profile.deadlineCalculator());
        return fixture;
    }

    /** The event the profile's rule of this kind records, with the given times. */
    static ObligationRaised raised(
            OrganisationProfile profile,
            String incidentId,
            String kind,
            Instant clockStart,
            Instant dueAt,
            Instant hardDueAt,
            Actor actor,
            Instant at) {
        var rule = profile.rule(kind).orElseThrow();
        return new ObligationRaised(
                incidentId,
                incidentId + ":" + kind,
                kind,
                profile.recipientFor(kind),
                rule.describe(),
                clockStart,
                dueAt,
                hardDueAt,
                actor,
                at,
                rule.basis());
    }

    /** As {@link #raised(OrganisationProfile, String, String, Instant, Instant, Instant, Actor, Instant)} with an explicit id. */
    static ObligationRaised raisedAs(
            OrganisationProfile profile,
            String obligationId,
            String kind,
            Instant clockStart,
            Instant dueAt,
            Instant hardDueAt,
            Actor actor,
            Instant at) {
        var rule = profile.rule(kind).orElseThrow();
        var incidentId = obligationId.substring(0, obligationId.indexOf(':'));
        return new ObligationRaised(
                incidentId,
                obligationId,
                kind,
                profile.recipientFor(kind),
                rule.describe(),
                clockStart,
                dueAt,
                hardDueAt,
                actor,
                at,
                rule.basis());
    }

    /**
     * Matches a {@link DomainException} with this code and, when fields are given, exactly these
     * violation fields in this order.
     */
    static Matcher<Object> rejected(ErrorCode code, String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof DomainException e
                        && e.code() == code
                        && (fields.length == 0 || fieldsOf(e).equals(List.of(fields)));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException " + code + " on ").appendValue(List.of(fields));
            }

            @Override
            protected void describeMismatchSafely(Object item, Description mismatch) {
                if (item instanceof DomainException e) {
                    mismatch.appendText(e.code() + " on " + fieldsOf(e) + ": " + e.violations());
                } else {
                    mismatch.appendValue(item);
                }
            }
        };
    }

    private static List<String> fieldsOf(DomainException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    /** Matches published events whose {@code ObligationRaised} kinds are exactly these, in order. */
    static Matcher<List<EventMessage<?>>> raisesExactly(String... kinds) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return raisedKinds(events).equals(List.of(kinds));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events raising exactly ").appendValue(List.of(kinds));
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description mismatch) {
                mismatch.appendText("raised ").appendValue(raisedKinds(events));
            }
        };
    }

    /** Matches published events that include each of these payloads (equal), in any order. */
    static Matcher<List<EventMessage<?>>> includes(Object... payloads) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                var published = events.stream().map(EventMessage::getPayload).toList();
                return published.containsAll(List.of(payloads));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events including ").appendValue(List.of(payloads));
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description mismatch) {
                mismatch.appendText("were ")
                        .appendValue(
                                events.stream().map(EventMessage::getPayload).toList());
            }
        };
    }

    /** Matches published events whose payload types are exactly these, in order. */
    static Matcher<List<EventMessage<?>>> payloadTypes(Class<?>... types) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.stream()
                        .map(EventMessage::getPayloadType)
                        .toList()
                        .equals(List.of(types));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events of types ").appendValue(List.of(types));
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description mismatch) {
                mismatch.appendText("were ")
                        .appendValue(events.stream()
                                .map(e -> e.getPayloadType().getSimpleName())
                                .toList());
            }
        };
    }

    static List<String> raisedKinds(List<EventMessage<?>> events) {
        return events.stream()
                .map(EventMessage::getPayload)
                .filter(ObligationRaised.class::isInstance)
                .map(p -> ((ObligationRaised) p).kind())
                .filter(Objects::nonNull)
                .toList();
    }
}
