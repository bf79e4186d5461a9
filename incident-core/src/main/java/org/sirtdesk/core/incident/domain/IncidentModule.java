package org.sirtdesk.core.incident.domain;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sirtdesk.core.deadline.DeadlineCalculator;
import org.sirtdesk.core.policy.OrganisationProfile;
import org.sirtdesk.core.policy.OrganisationProfiles;

/**
 * Registers the incident aggregate with an Axon configuration (the aggregate stays package-private)
 * together with the resources its command handlers take as parameters: the organisation profile and
 * the deadline calculator.
 */
public class IncidentModule implements ConfigurerModule {

    private final OrganisationProfile profile;
    private final DeadlineCalculator calculator;

    /** The shipped {@code agency} profile on the Japanese closure calendar. */
    public IncidentModule() {
        this(OrganisationProfiles.agency());
    }

    /** The given profile on the Japanese closure calendar with the profile's extra closed days. */
    public IncidentModule(OrganisationProfile profile) {
        this(profile, profile.deadlineCalculator());
    }

    public IncidentModule(OrganisationProfile profile, DeadlineCalculator calculator) {
        this.profile = profile;
        this.calculator = calculator;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer
                .registerComponent(OrganisationProfile.class, c -> profile)
                .registerComponent(DeadlineCalculator.class, c -> calculator)
                .configureAggregate(Incident.class);
    }

    public OrganisationProfile profile() {
        return profile;
    }

    public DeadlineCalculator calculator() {
        return calculator;
    }
}
