package org.sirtdesk.core.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sirtdesk.core.deadline.DeadlineTerms;
import org.sirtdesk.core.shared.Role;

/**
 * One notification duty of an organisation (REGULATIONS.md): which kind, on which basis, raised when
 * the trigger holds, counted from the clock start, due after the (possibly alternative) deadline
 * terms; {@code terms} is {@code null} when the duty has no due time (a CYMAT request is recorded
 * when made).
 *
 * @param kind stable code such as {@code POLICE}; the recipient's display name comes from the profile
 * @param basis the rule cited on every event of the obligation, e.g. {@code 001 Art. 31-7}
 * @param reraiseOnReopen whether a reopened incident raises the duty again (the CISO and the
 *     ministry must hear of a reopening; the PPC does not need a second report for the same facts)
 * @param acknowledgementRequired whether closure needs the recipient's acknowledgement, not only
 *     the sending (internal recipients such as the CISO and the privacy officer)
 * @param waivable whether a waiver may be requested at all
 * @param senders the roles, besides the defaults of the command, allowed to record the sending,
 *     the acknowledgement and to request a waiver
 */
public record ObligationRule(
        String kind,
        String basis,
        Trigger trigger,
        ClockStart clockStart,
        DeadlineTerms terms,
        List<AlternativeTerms> alternatives,
        boolean reraiseOnReopen,
        boolean acknowledgementRequired,
        boolean waivable,
        Set<Role> senders) {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]*");

    public ObligationRule {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be an upper-case code, was '" + kind + "'");
        }
        if (trigger == null) {
            throw new IllegalArgumentException(kind + ": trigger must be given");
        }
        if (clockStart == null) {
            throw new IllegalArgumentException(kind + ": clock start must be given");
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        senders = senders == null || senders.isEmpty()
                ? Set.copyOf(EnumSet.of(Role.SIRT, Role.SIRT_LEAD))
                : Set.copyOf(senders);
    }

    /**
     * The terms that apply to the facts as they are now: the first alternative that holds, or the
     * default; {@code null} when the rule sets no due time.
     */
    public DeadlineTerms termsFor(TriggerFacts facts) {
        for (var alternative : alternatives) {
            if (alternative.when().test(facts)) {
                return alternative.terms();
            }
        }
        return terms;
    }

    /** One line recorded with a raised obligation, so history shows what the rule said then. */
    public String describe() {
        var text = new StringBuilder("when ")
                .append(trigger.expression())
                .append("; from ")
                .append(clockStart)
                .append("; ")
                .append(Terms.describe(terms));
        for (var alternative : alternatives) {
            text.append("; ")
                    .append(Terms.describe(alternative.terms()))
                    .append(" if ")
                    .append(alternative.when().expression());
        }
        return text.toString();
    }

    public static Builder builder(String kind) {
        return new Builder(kind);
    }

    /** Readable construction of the shipped profiles and of tests. */
    public static final class Builder {
        private final String kind;
        private String basis;
        private Trigger trigger;
        private ClockStart clockStart = ClockStart.CONFIRMATION;
        private DeadlineTerms terms;
        private final List<AlternativeTerms> alternatives = new ArrayList<>();
        private boolean reraiseOnReopen;
        private boolean acknowledgementRequired;
        private boolean waivable = true;
        private final Set<Role> senders = EnumSet.of(Role.SIRT, Role.SIRT_LEAD);

        private Builder(String kind) {
            this.kind = kind;
        }

        public Builder basis(String basis) {
            this.basis = basis;
            return this;
        }

        public Builder when(String trigger) {
            this.trigger = Trigger.of(trigger);
            return this;
        }

        public Builder from(ClockStart clockStart) {
            this.clockStart = clockStart;
            return this;
        }

        public Builder due(String target) {
            this.terms = Terms.terms(target, null);
            return this;
        }

        public Builder due(String target, String hardLimit) {
            this.terms = Terms.terms(target, hardLimit);
            return this;
        }

        public Builder dueInstead(String when, String target) {
            alternatives.add(new AlternativeTerms(Trigger.of(when), Terms.terms(target, null)));
            return this;
        }

        public Builder reraisedOnReopen() {
            this.reraiseOnReopen = true;
            return this;
        }

        public Builder acknowledgementRequired() {
            this.acknowledgementRequired = true;
            return this;
        }

        public Builder notWaivable() {
            this.waivable = false;
            return this;
        }

        public Builder alsoSentBy(Role role) {
            senders.add(role);
            return this;
        }

        public Builder sentOnlyBy(Role role) {
            senders.clear();
            senders.add(role);
            return this;
        }

        public ObligationRule build() {
            return new ObligationRule(
                    kind,
                    basis,
                    trigger,
                    clockStart,
                    terms,
                    alternatives,
                    reraiseOnReopen,
                    acknowledgementRequired,
                    waivable,
                    senders);
        }
    }
}
