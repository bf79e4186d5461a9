package org.sirtdesk.core.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sirtdesk.core.incident.api.TriState.NO;
import static org.sirtdesk.core.incident.api.TriState.UNKNOWN;
import static org.sirtdesk.core.incident.api.TriState.YES;
import static org.sirtdesk.core.incident.domain.PpcReportability.Ground.FINANCIAL_DAMAGE;
import static org.sirtdesk.core.incident.domain.PpcReportability.Ground.HEAD_COUNT;
import static org.sirtdesk.core.incident.domain.PpcReportability.Ground.ORDINANCE_SENSITIVE;
import static org.sirtdesk.core.incident.domain.PpcReportability.Ground.SENSITIVE;
import static org.sirtdesk.core.incident.domain.PpcReportability.Ground.UNLAWFUL_PURPOSE;
import static org.sirtdesk.core.policy.AppiArticle.ART_26;
import static org.sirtdesk.core.policy.AppiArticle.ART_68;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sirtdesk.core.incident.api.PersonalData;
import org.sirtdesk.core.incident.api.TriState;

class PpcReportabilityTest {

    private static PersonalData leak(Integer persons) {
        return new PersonalData(YES, persons, NO, NO, NO, NO, NO, NO);
    }

    private static PersonalData leak(
            TriState sensitive, TriState financial, TriState unlawful, TriState ordinance, TriState encrypted) {
        return new PersonalData(YES, 10, sensitive, NO, financial, unlawful, ordinance, encrypted);
    }

    @Nested
    class HeadCount {

        @ParameterizedTest(name = "{0} persons under Art. 68 → {1}")
        @CsvSource({"99, false", "100, false", "101, true", "150, true", "1000, true"})
        void article68ReportsMoreThanOneHundredPersons(int persons, boolean reportable) {
            assertThat(PpcReportability.reportable(leak(persons), ART_68)).isEqualTo(reportable);
        }

        @ParameterizedTest(name = "{0} persons under Art. 26 → {1}")
        @CsvSource({"101, false", "999, false", "1000, false", "1001, true"})
        void article26ReportsMoreThanOneThousandPersons(int persons, boolean reportable) {
            assertThat(PpcReportability.reportable(leak(persons), ART_26)).isEqualTo(reportable);
        }

        @Test
        void anUnknownHeadCountDoesNotCount() {
            assertThat(PpcReportability.grounds(leak(null), ART_68)).isEmpty();
        }
    }

    @Nested
    class Categories {

        @Test
        void sensitiveDataSufficesAlone() {
            assertThat(PpcReportability.grounds(leak(YES, NO, NO, NO, NO), ART_68))
                    .containsExactly(SENSITIVE);
            assertThat(PpcReportability.grounds(leak(YES, NO, NO, NO, NO), ART_26))
                    .containsExactly(SENSITIVE);
        }

        @Test
        void aRiskOfFinancialDamageSufficesAlone() {
            assertThat(PpcReportability.grounds(leak(NO, YES, NO, NO, NO), ART_26))
                    .containsExactly(FINANCIAL_DAMAGE);
        }

        @Test
        void aPossiblyUnlawfulPurposeSufficesAlone() {
            assertThat(PpcReportability.grounds(leak(NO, NO, YES, NO, NO), ART_68))
                    .containsExactly(UNLAWFUL_PURPOSE);
        }

        @Test
        void ordinanceSensitiveDataCountsOnlyUnderArticle68() {
            assertThat(PpcReportability.grounds(leak(NO, NO, NO, YES, NO), ART_68))
                    .containsExactly(ORDINANCE_SENSITIVE);
            assertThat(PpcReportability.grounds(leak(NO, NO, NO, YES, NO), ART_26))
                    .isEmpty();
        }

        @Test
        void namesEveryGroundThatApplies() {
            var all = new PersonalData(YES, 5000, YES, NO, YES, YES, YES, NO);
            assertThat(PpcReportability.grounds(all, ART_68))
                    .containsExactlyInAnyOrder(
                            SENSITIVE, FINANCIAL_DAMAGE, UNLAWFUL_PURPOSE, HEAD_COUNT, ORDINANCE_SENSITIVE);
        }

        @Test
        void unknownFlagsRaiseNothing() {
            var unknowns = new PersonalData(YES, null, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
            assertThat(PpcReportability.reportable(unknowns, ART_68)).isFalse();
            assertThat(PpcReportability.myNumberReportable(unknowns)).isFalse();
        }
    }

    @Nested
    class Scope {

        @Test
        void strongEncryptionExemptsEveryGround() {
            var encrypted = new PersonalData(YES, 5000, YES, YES, YES, YES, YES, YES);
            assertThat(PpcReportability.reportable(encrypted, ART_68)).isFalse();
            assertThat(PpcReportability.myNumberReportable(encrypted)).isFalse();
        }

        @Test
        void anUnknownEncryptionDoesNotExempt() {
            var maybeEncrypted = new PersonalData(YES, 150, NO, NO, NO, NO, NO, UNKNOWN);
            assertThat(PpcReportability.reportable(maybeEncrypted, ART_68)).isTrue();
        }

        @Test
        void nothingIsReportableWithoutPersonalData() {
            var none = new PersonalData(NO, 5000, YES, YES, YES, YES, YES, NO);
            assertThat(PpcReportability.reportable(none, ART_68)).isFalse();
            assertThat(PpcReportability.myNumberReportable(none)).isFalse();
        }

        @Test
        void personalDataNotYetKnownToBeInvolvedIsNotReportable() {
            var unknown = new PersonalData(UNKNOWN, 5000, YES, YES, YES, YES, YES, NO);
            assertThat(PpcReportability.reportable(unknown, ART_68)).isFalse();
        }
    }

    @Nested
    class MyNumber {

        @ParameterizedTest(name = "{0} persons → {1}")
        @CsvSource({"100, false", "101, true"})
        void reportsMoreThanOneHundredPersons(int persons, boolean reportable) {
            var data = new PersonalData(YES, persons, NO, YES, NO, NO, NO, NO);
            assertThat(PpcReportability.myNumberReportable(data)).isEqualTo(reportable);
        }

        @Test
        void reportsAnUnlawfulPurposeWhateverTheHeadCount() {
            var data = new PersonalData(YES, 1, NO, YES, NO, YES, NO, NO);
            assertThat(PpcReportability.myNumberGrounds(data)).containsExactly(UNLAWFUL_PURPOSE);
        }

        @Test
        void aLeakWithoutMyNumbersIsNotAMyNumberCase() {
            var data = new PersonalData(YES, 5000, NO, NO, NO, YES, NO, NO);
            assertThat(PpcReportability.myNumberReportable(data)).isFalse();
        }
    }
}
