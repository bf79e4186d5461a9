package org.sirtdesk.api.web.external;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.sirtdesk.api.command.ReportIntake;
import org.sirtdesk.api.web.page.FormPaths;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a report from outside the body (001 Art. 30-5), from the page or the API alike.
 *
 * <ul>
 *   <li>The actor is the fixed pseudonym {@code external-window}: nothing the sender types becomes
 *       an identity.
 *   <li>The time of awareness in the facts is the time the body received the report, because that
 *       is when the body became aware (the clock start of its deadlines). When the sender says when
 *       they noticed the problem, that time is kept in the description instead, so an outsider's
 *       claim never moves a regulatory clock.
 *   <li>The report facts have no contact field, so the contact and the noticed time end the
 *       description as a labelled final paragraph. See docs/forms.md.
 * </ul>
 */
@Component
public class ExternalReports {

    public static final Actor EXTERNAL_WINDOW = Actor.of("external-window", Role.EXTERNAL);
    static final String NOTICED_LABEL = "気付いた日時 / Noticed at: ";
    static final String CONTACT_LABEL = "連絡先 / Contact: ";

    private static final DateTimeFormatter NOTICED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(JST)'");
    private static final Logger log = LoggerFactory.getLogger(ExternalReports.class);

    private final ReportIntake intake;

    public ExternalReports(ReportIntake intake) {
        this.intake = intake;
    }

    /** What the sender gave, already cleaned; {@code noticedAt} and {@code contact} may be null. */
    public record ExternalReport(String title, String description, Instant noticedAt, String contact) {}

    /** Sends the report and returns its tracking code once the status page can show it. */
    public String submit(ExternalReport report) {
        var receivedAt = intake.now();
        var facts =
                new ReportFacts(report.title(), description(report), receivedAt, null, null, null, null, null, null);
        var incident = intake.receive(ReportChannel.EXTERNAL_WINDOW, facts, EXTERNAL_WINDOW, receivedAt, null);
        log.info("Report {} received through the external window", incident.trackingCode());
        return incident.trackingCode();
    }

    static String description(ExternalReport report) {
        var labelled = new ArrayList<String>();
        if (report.noticedAt() != null) {
            labelled.add(NOTICED_LABEL + NOTICED.format(report.noticedAt().atZone(FormPaths.JAPAN)));
        }
        if (report.contact() != null) {
            labelled.add(CONTACT_LABEL + report.contact());
        }
        return labelled.isEmpty() ? report.description() : report.description() + "\n\n" + String.join("\n", labelled);
    }
}
