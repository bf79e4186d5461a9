package org.sirtdesk.api.support;

import java.time.Instant;
import java.util.List;
import org.sirtdesk.core.incident.api.Category;
import org.sirtdesk.core.incident.api.Classification;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.ReportIncident;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;

/** Report commands for integration tests. */
public final class Reports {

    public static final Instant AWARE = Instant.parse("2026-05-01T00:30:00Z");

    private Reports() {}

    public static ReportFacts facts(String title) {
        return new ReportFacts(
                title,
                "Suspicious mail with an attachment was opened",
                AWARE,
                Category.PHISHING,
                List.of("mail"),
                Classification.unknown(),
                PersonalData.none(),
                TriState.UNKNOWN,
                null);
    }

    public static ReportIncident report(String incidentId) {
        return new ReportIncident(
                incidentId,
                "T-" + incidentId,
                ReportChannel.API,
                facts("Report " + incidentId),
                Actor.of("reporter", Role.REPORTER),
                AWARE.plusSeconds(600));
    }
}
