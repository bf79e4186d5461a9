package org.sirtdesk.projections.ppcreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.incident.api.FactsCorrected;
import org.sirtdesk.core.incident.api.IncidentReported;
import org.sirtdesk.core.incident.api.NotificationChannel;
import org.sirtdesk.core.incident.api.NotificationSent;
import org.sirtdesk.core.incident.api.ObligationRaised;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.ReportChannel;
import org.sirtdesk.core.incident.api.ReportFacts;
import org.sirtdesk.core.incident.api.TriState;
import org.sirtdesk.core.shared.Actor;
import org.sirtdesk.core.shared.Role;
import org.sirtdesk.core.shared.Severity;
import org.sirtdesk.projections.Events;
import org.sirtdesk.projections.incidentdetail.IncidentDetailFold;

class PpcReportDraftTest {

    static final Actor PRIVACY = Actor.of("privacy", Role.PRIVACY_OFFICER);

    @Test
    void aFreshReportHasTheNineItemsWithWhatIsNotYetKnownMarked() {
        var detail = IncidentDetailFold.fold(List.of(new IncidentReported(
                "inc-1", "TRK-1", ReportChannel.API, Events.facts(), PRIVACY, Events.AWARE, null)));
        var items = PpcReportDraft.of(detail);
        assertThat(items).extracting(PpcReportItem::item).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(items.get(0).known()).isTrue();
        assertThat(items.get(0).value()).contains("USB stick lost");
        assertThat(items.get(2).known()).isFalse();
        assertThat(items.get(3).known()).isFalse();
        assertThat(items.get(5).known()).isFalse();
        assertThat(items.get(7).known()).isFalse();
    }

    @Test
    void personsAndTheNoticeToIndividualsBecomeKnownFromTheHistory() {
        var f = Events.facts();
        var corrected = new ReportFacts(
                f.title(),
                f.description(),
                f.awareAt(),
                f.category(),
                f.affectedSystems(),
                f.classification(),
                new PersonalData(TriState.YES, 1200, TriState.NO, TriState.NO, TriState.NO, null, null, null),
                f.cyberAttackSuspected(),
                f.department());
        var at = Events.AWARE;
        var detail = IncidentDetailFold.fold(List.of(
                new IncidentReported("inc-1", "TRK-1", ReportChannel.API, f, PRIVACY, at, null),
                new FactsCorrected(
                        "inc-1",
                        corrected,
                        Severity.HIGH,
                        TriState.NO,
                        List.of("personalData"),
                        "count",
                        PRIVACY,
                        at,
                        null),
                new ObligationRaised(
                        "inc-1",
                        "inc-1:INDIVIDUALS",
                        "INDIVIDUALS",
                        "本人",
                        "rule",
                        at,
                        at.plusSeconds(3600),
                        null,
                        PRIVACY,
                        at,
                        null),
                new NotificationSent(
                        "inc-1",
                        "inc-1:INDIVIDUALS",
                        at,
                        NotificationChannel.POST,
                        null,
                        "letters sent",
                        null,
                        PRIVACY,
                        at,
                        null)));
        var items = PpcReportDraft.of(detail);
        assertThat(items.get(1).known()).isTrue();
        assertThat(items.get(2)).isEqualTo(new PpcReportItem(3, "本人の数", "1200名", true));
        assertThat(items.get(4).known()).isTrue();
        assertThat(items.get(5).known()).isTrue();
        assertThat(items.get(5).value()).contains("letters sent");
    }
}
