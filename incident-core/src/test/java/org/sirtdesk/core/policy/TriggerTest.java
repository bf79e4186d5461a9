package org.sirtdesk.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sirtdesk.core.shared.Severity;

class TriggerTest {

    /** Facts set by hand: everything false unless switched on. */
    private record Facts(
            boolean confirmed,
            Severity severity,
            String category,
            boolean cyberAttackSuspected,
            boolean personalDataPossible,
            boolean ppcReportable,
            boolean myNumberReportable,
            boolean unlawfulPurpose,
            boolean mayAffectOthers,
            boolean cymatRequested)
            implements TriggerFacts {

        static Facts none() {
            return new Facts(false, null, "OTHER", false, false, false, false, false, false, false);
        }

        Facts confirmedWith(Severity s) {
            return new Facts(
                    true,
                    s,
                    category,
                    cyberAttackSuspected,
                    personalDataPossible,
                    ppcReportable,
                    myNumberReportable,
                    unlawfulPurpose,
                    mayAffectOthers,
                    cymatRequested);
        }

        Facts myNumber() {
            return new Facts(
                    confirmed,
                    severity,
                    category,
                    cyberAttackSuspected,
                    personalDataPossible,
                    ppcReportable,
                    true,
                    unlawfulPurpose,
                    mayAffectOthers,
                    cymatRequested);
        }

        Facts category(String code) {
            return new Facts(
                    confirmed,
                    severity,
                    code,
                    cyberAttackSuspected,
                    personalDataPossible,
                    ppcReportable,
                    myNumberReportable,
                    unlawfulPurpose,
                    mayAffectOthers,
                    cymatRequested);
        }
    }

    @Test
    void combinesConditionsWithAndOrAndParentheses() {
        var trigger = Trigger.of("CONFIRMED AND (PPC_REPORTABLE OR MY_NUMBER_REPORTABLE)");
        assertThat(trigger.test(Facts.none())).isFalse();
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.LOW))).isFalse();
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.LOW).myNumber()))
                .isTrue();
        assertThat(trigger.test(Facts.none().myNumber())).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        var trigger = Trigger.of("CYMAT_REQUESTED OR CONFIRMED AND MY_NUMBER_REPORTABLE");
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.LOW))).isFalse();
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.LOW).myNumber()))
                .isTrue();
    }

    @Test
    void comparesSeverityAtLeast() {
        var trigger = Trigger.of("SEVERITY_AT_LEAST(HIGH)");
        assertThat(trigger.test(Facts.none())).isFalse();
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.MEDIUM))).isFalse();
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.HIGH))).isTrue();
        assertThat(trigger.test(Facts.none().confirmedWith(Severity.CRITICAL))).isTrue();
    }

    @Test
    void matchesACategoryAndNegations() {
        var trigger = Trigger.of("not category(LOSS_OR_THEFT)");
        assertThat(trigger.test(Facts.none())).isTrue();
        assertThat(trigger.test(Facts.none().category("LOSS_OR_THEFT"))).isFalse();
    }

    @Test
    void printsACanonicalExpressionThatParsesBackToTheSameTrigger() {
        var trigger = Trigger.of("confirmed and (ppc_reportable or my_number_reportable) and not CYMAT_REQUESTED");
        assertThat(trigger.expression())
                .isEqualTo("CONFIRMED AND (PPC_REPORTABLE OR MY_NUMBER_REPORTABLE) AND NOT CYMAT_REQUESTED");
        assertThat(Trigger.of(trigger.expression())).isEqualTo(trigger);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "CONFIRMED AND",
                "UNKNOWN_FACT",
                "SEVERITY_AT_LEAST",
                "SEVERITY_AT_LEAST(URGENT)",
                "CONFIRMED(HIGH)",
                "(CONFIRMED",
                "CONFIRMED)",
                "CONFIRMED & CYMAT_REQUESTED"
            })
    void rejectsMalformedTriggersAtConfigurationTime(String text) {
        assertThatThrownBy(() -> Trigger.of(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
