package org.sirtdesk.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sirtdesk.core.deadline.DeadlineSpec.calendarDays;
import static org.sirtdesk.core.deadline.DeadlineSpec.hours;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sirtdesk.core.deadline.DeadlineTerms;
import org.sirtdesk.core.shared.Role;

class OrganisationProfilesTest {

    private static ObligationRule rule(OrganisationProfile profile, String kind) {
        return profile.rule(kind).orElseThrow();
    }

    @Nested
    class Agency {

        private final OrganisationProfile agency = OrganisationProfiles.agency();

        @Test
        void hasTheDutiesOfSeed001InOrder() {
            assertThat(agency.rules())
                    .extracting(ObligationRule::kind)
                    .containsExactly(
                            "CISO_REPORT",
                            "SUPERVISING_MINISTRY",
                            "POLICE",
                            "PRIVACY_OFFICER",
                            "PPC_PRELIMINARY",
                            "PPC_FINAL",
                            "INDIVIDUALS",
                            "RELATED_ORGANISATIONS",
                            "CYMAT");
            assertThat(agency.appiArticle()).isEqualTo(AppiArticle.ART_68);
        }

        @Test
        void namesTheRecipientsOfSeed001() {
            assertThat(agency.recipientFor("SUPERVISING_MINISTRY")).isEqualTo("厚生労働省");
            assertThat(agency.recipientFor("PRIVACY_OFFICER")).isEqualTo("企画部長");
            assertThat(agency.recipientFor("PPC_FINAL")).isEqualTo("個人情報保護委員会");
            assertThat(agency.recipientFor("SOMETHING_ELSE")).isEqualTo("SOMETHING_ELSE");
        }

        @Test
        void carriesTheDefaultTargetsOfRegulations() {
            assertThat(rule(agency, "CISO_REPORT").terms()).isEqualTo(DeadlineTerms.of(hours(1)));
            assertThat(rule(agency, "SUPERVISING_MINISTRY").terms()).isEqualTo(DeadlineTerms.of(hours(24)));
            assertThat(rule(agency, "SUPERVISING_MINISTRY").alternatives())
                    .containsExactly(new AlternativeTerms(
                            Trigger.of("SEVERITY_AT_LEAST(CRITICAL)"), DeadlineTerms.of(hours(1))));
            assertThat(rule(agency, "POLICE").clockStart()).isEqualTo(ClockStart.CYBER_SUSPICION_RECORDED);
            assertThat(rule(agency, "POLICE").terms()).isEqualTo(DeadlineTerms.of(hours(24)));
            assertThat(rule(agency, "PRIVACY_OFFICER").terms()).isEqualTo(DeadlineTerms.of(hours(1)));
            assertThat(rule(agency, "PPC_PRELIMINARY").terms())
                    .isEqualTo(DeadlineTerms.of(calendarDays(3), calendarDays(5)));
            assertThat(rule(agency, "PPC_PRELIMINARY").clockStart()).isEqualTo(ClockStart.AWARENESS);
            assertThat(rule(agency, "PPC_FINAL").terms()).isEqualTo(DeadlineTerms.of(calendarDays(30)));
            assertThat(rule(agency, "PPC_FINAL").alternatives())
                    .containsExactly(
                            new AlternativeTerms(Trigger.of("UNLAWFUL_PURPOSE"), DeadlineTerms.of(calendarDays(60))));
            assertThat(rule(agency, "INDIVIDUALS").terms()).isEqualTo(DeadlineTerms.of(calendarDays(7)));
            assertThat(rule(agency, "RELATED_ORGANISATIONS").terms()).isEqualTo(DeadlineTerms.of(calendarDays(3)));
            assertThat(rule(agency, "CYMAT").terms()).isNull();
        }

        @Test
        void keepsTheCisoReportUnwaivableAndAcknowledged() {
            var ciso = rule(agency, "CISO_REPORT");
            assertThat(ciso.waivable()).isFalse();
            assertThat(ciso.acknowledgementRequired()).isTrue();
            assertThat(ciso.reraiseOnReopen()).isTrue();
            assertThat(ciso.senders()).containsExactly(Role.SIRT_LEAD);
        }

        @Test
        void letsThePrivacyOfficerRecordThePpcReportsAndTheIndividuals() {
            for (var kind : List.of("PPC_PRELIMINARY", "PPC_FINAL", "INDIVIDUALS", "PRIVACY_OFFICER")) {
                assertThat(rule(agency, kind).senders()).contains(Role.PRIVACY_OFFICER);
            }
            assertThat(rule(agency, "SUPERVISING_MINISTRY").senders())
                    .containsExactlyInAnyOrder(Role.SIRT, Role.SIRT_LEAD);
        }

        @Test
        void citesTheArticleOfItsAppiRegime() {
            assertThat(rule(agency, "PPC_FINAL").basis()).contains("APPI Art. 68");
            assertThat(rule(OrganisationProfiles.agency(AppiArticle.ART_26), "PPC_FINAL")
                            .basis())
                    .contains("APPI Art. 26");
        }
    }

    @Nested
    class LocalGovernment {

        private final OrganisationProfile local = OrganisationProfiles.localGovernment();

        @Test
        void reportsToTheMinistryOfInternalAffairsAndThePrefecture() {
            assertThat(local.rules())
                    .extracting(ObligationRule::kind)
                    .containsExactly(
                            "CISO_REPORT",
                            "MIC",
                            "PREFECTURE",
                            "POLICE",
                            "PRIVACY_OFFICER",
                            "PPC_PRELIMINARY",
                            "PPC_FINAL",
                            "INDIVIDUALS",
                            "RELATED_ORGANISATIONS",
                            "PRESS_DECISION");
            assertThat(local.recipientFor("MIC")).isEqualTo("総務省");
            assertThat(local.recipientFor("PREFECTURE")).isEqualTo("都道府県");
            assertThat(rule(local, "MIC").basis()).isEqualTo("002 §(9)⑤");
        }

        @Test
        void decidesOnPublicationWithinThreeDaysForSevereIncidents() {
            var press = rule(local, "PRESS_DECISION");
            assertThat(press.trigger()).isEqualTo(Trigger.of("CONFIRMED AND SEVERITY_AT_LEAST(HIGH)"));
            assertThat(press.terms()).isEqualTo(DeadlineTerms.of(calendarDays(3)));
            assertThat(press.basis()).isEqualTo("002 §(9)⑥");
        }
    }

    @Test
    void findsShippedProfilesByName() {
        assertThat(OrganisationProfiles.named("agency").id()).isEqualTo("agency");
        assertThat(OrganisationProfiles.named(null).id()).isEqualTo("agency");
        assertThat(OrganisationProfiles.named("LOCAL_GOVERNMENT").id()).isEqualTo("local-government");
        assertThatThrownBy(() -> OrganisationProfiles.named("ministry")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoRulesOfOneKind() {
        var agency = OrganisationProfiles.agency();
        var rules = new java.util.ArrayList<>(agency.rules());
        rules.add(agency.rules().get(0));
        assertThatThrownBy(
                        () -> new OrganisationProfile("x", "x", AppiArticle.ART_68, null, agency.recipients(), rules))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CISO_REPORT");
    }

    @Test
    void describesARuleForTheRecord() {
        assertThat(rule(OrganisationProfiles.agency(), "PPC_FINAL").describe())
                .isEqualTo("when CONFIRMED AND (PPC_REPORTABLE OR MY_NUMBER_REPORTABLE); from AWARENESS; 30d;"
                        + " 60d if UNLAWFUL_PURPOSE");
    }
}
