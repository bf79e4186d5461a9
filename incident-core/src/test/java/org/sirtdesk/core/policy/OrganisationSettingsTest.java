package org.sirtdesk.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sirtdesk.core.deadline.DeadlineSpec.businessDays;
import static org.sirtdesk.core.deadline.DeadlineSpec.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.deadline.DeadlineTerms;
import org.sirtdesk.core.policy.OrganisationSettings.AlternativeSettings;
import org.sirtdesk.core.policy.OrganisationSettings.RuleSettings;
import org.sirtdesk.core.shared.Role;

class OrganisationSettingsTest {

    private static OrganisationSettings only(String profile) {
        return new OrganisationSettings(profile, null, null, null, null, null, null);
    }

    @Test
    void defaultsToTheAgencyProfile() {
        assertThat(only(null).toProfile()).isEqualTo(OrganisationProfiles.agency());
        assertThat(only("local-government").toProfile()).isEqualTo(OrganisationProfiles.localGovernment());
    }

    @Test
    void overridesNameArticleClosedDaysAndRecipients() {
        var settings = new OrganisationSettings(
                "agency",
                "国立研究開発法人サンプル",
                26,
                List.of(LocalDate.parse("2026-06-01")),
                Map.of("supervising-ministry", "文部科学省", "Privacy_Officer", "総務部長"),
                null,
                null);
        var profile = settings.toProfile();
        assertThat(profile.name()).isEqualTo("国立研究開発法人サンプル");
        assertThat(profile.appiArticle()).isEqualTo(AppiArticle.ART_26);
        assertThat(profile.rule("PPC_FINAL").orElseThrow().basis()).contains("APPI Art. 26");
        assertThat(profile.extraClosedDays()).containsExactly(LocalDate.parse("2026-06-01"));
        assertThat(profile.recipientFor("SUPERVISING_MINISTRY")).isEqualTo("文部科学省");
        assertThat(profile.recipientFor("PRIVACY_OFFICER")).isEqualTo("総務部長");
        assertThat(profile.recipientFor("POLICE")).isEqualTo("都道府県警察");
    }

    @Test
    void usesTheExtraClosedDaysForDayCounting() {
        var settings = new OrganisationSettings(
                "agency", null, null, List.of(LocalDate.parse("2026-05-07")), null, null, null);
        var calculator = settings.toProfile().deadlineCalculator();
        // Fri 1 May 2026, 10:00 Tokyo: 3 business days would be 7, 8, 11 May; 7 May is closed.
        var due = calculator.dueAt(Instant.parse("2026-05-01T01:00:00Z"), businessDays(3));
        assertThat(due).isEqualTo(Instant.parse("2026-05-12T14:59:59Z"));
    }

    @Test
    void addsAKindAndReplacesAndRemovesRules() {
        var board = new RuleSettings(
                "board",
                "規程 Art. 5",
                "CONFIRMED AND SEVERITY_AT_LEAST(HIGH)",
                ClockStart.CONFIRMATION,
                "2bd",
                null,
                null,
                null,
                null,
                false,
                List.of(Role.SIRT_LEAD));
        var fasterMinistry = new RuleSettings(
                "SUPERVISING_MINISTRY",
                "001 Art. 32-1",
                "CONFIRMED",
                ClockStart.CONFIRMATION,
                "12h",
                "24h",
                List.of(new AlternativeSettings("SEVERITY_AT_LEAST(HIGH)", "1h", null)),
                true,
                null,
                null,
                null);
        var settings = new OrganisationSettings(
                "agency", null, null, null, Map.of("BOARD", "理事会"), List.of("cymat"), List.of(board, fasterMinistry));
        var profile = settings.toProfile();

        assertThat(profile.rule("CYMAT")).isEmpty();
        var boardRule = profile.rule("BOARD").orElseThrow();
        assertThat(boardRule.terms()).isEqualTo(DeadlineTerms.of(businessDays(2)));
        assertThat(boardRule.waivable()).isFalse();
        assertThat(boardRule.senders()).containsExactly(Role.SIRT_LEAD);
        assertThat(profile.recipientFor("BOARD")).isEqualTo("理事会");
        assertThat(profile.rules().get(profile.rules().size() - 1).kind()).isEqualTo("BOARD");

        var ministry = profile.rule("SUPERVISING_MINISTRY").orElseThrow();
        assertThat(profile.rules().get(1)).isEqualTo(ministry);
        assertThat(ministry.terms()).isEqualTo(DeadlineTerms.of(hours(12), hours(24)));
        assertThat(ministry.alternatives()).hasSize(1);
        assertThat(ministry.reraiseOnReopen()).isTrue();
        assertThat(ministry.waivable()).isTrue();
        assertThat(ministry.acknowledgementRequired()).isFalse();
    }

    @Test
    void rejectsMistakesWhenTheApplicationStarts() {
        assertThatThrownBy(() -> new OrganisationSettings("agency", null, 27, null, null, null, null).toProfile())
                .isInstanceOf(IllegalArgumentException.class);
        var badTrigger = new RuleSettings("X", null, "CONFIRMED AND", null, "1h", null, null, null, null, null, null);
        assertThatThrownBy(() ->
                        new OrganisationSettings(null, null, null, null, null, null, List.of(badTrigger)).toProfile())
                .isInstanceOf(IllegalArgumentException.class);
        var badTerm = new RuleSettings("X", null, "CONFIRMED", null, "one day", null, null, null, null, null, null);
        assertThatThrownBy(() ->
                        new OrganisationSettings(null, null, null, null, null, null, List.of(badTerm)).toProfile())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
