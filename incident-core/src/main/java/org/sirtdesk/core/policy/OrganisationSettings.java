package org.sirtdesk.core.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sirtdesk.core.shared.Role;

/**
 * The organisation profile as plain data, for binding from {@code sirtdesk.organisation.*}. Start
 * from a shipped profile and override what the body needs; every field but {@code profile} may be
 * left out.
 *
 * <pre>
 * sirtdesk:
 *   organisation:
 *     profile: agency               # or local-government
 *     name: 年金積立金管理運用独立行政法人
 *     appi-article: 68              # or 26 (agencies listed in APPI 別表第二)
 *     extra-closed-days: [2026-06-01]
 *     recipients:
 *       supervising-ministry: 厚生労働省
 *     disabled-kinds: [CYMAT]
 *     rules:                        # replaces the rule of the same kind, or adds a kind
 *       - kind: BOARD
 *         basis: 規程 Art. 5
 *         trigger: CONFIRMED AND SEVERITY_AT_LEAST(HIGH)
 *         clock-start: CONFIRMATION
 *         target: 2d
 * </pre>
 *
 * Recipient keys match kinds regardless of case, dashes and underscores, so YAML may write
 * {@code supervising-ministry} for {@code SUPERVISING_MINISTRY}.
 */
public record OrganisationSettings(
        String profile,
        String name,
        Integer appiArticle,
        List<LocalDate> extraClosedDays,
        Map<String, String> recipients,
        List<String> disabledKinds,
        List<RuleSettings> rules) {

    /** One rule as plain data; durations as {@code 24h}, {@code 30d}, {@code 5bd}. */
    public record RuleSettings(
            String kind,
            String basis,
            String trigger,
            ClockStart clockStart,
            String target,
            String hardLimit,
            List<AlternativeSettings> alternatives,
            Boolean reraiseOnReopen,
            Boolean acknowledgementRequired,
            Boolean waivable,
            List<Role> senders) {

        public ObligationRule toRule() {
            var kindCode = kindCode(kind);
            var alternativeLimits = alternatives == null
                    ? List.<AlternativeTerms>of()
                    : alternatives.stream()
                            .map(a ->
                                    new AlternativeTerms(Trigger.of(a.when()), Terms.terms(a.target(), a.hardLimit())))
                            .toList();
            return new ObligationRule(
                    kindCode,
                    basis,
                    Trigger.of(trigger),
                    clockStart == null ? ClockStart.CONFIRMATION : clockStart,
                    Terms.terms(target, hardLimit),
                    alternativeLimits,
                    Boolean.TRUE.equals(reraiseOnReopen),
                    Boolean.TRUE.equals(acknowledgementRequired),
                    !Boolean.FALSE.equals(waivable),
                    senders == null ? null : Set.copyOf(senders));
        }
    }

    public record AlternativeSettings(String when, String target, String hardLimit) {}

    public OrganisationProfile toProfile() {
        var appi = appiArticle == null ? AppiArticle.ART_68 : AppiArticle.of(appiArticle);
        var result = OrganisationProfiles.named(profile, appi);
        if (name != null && !name.isBlank()) {
            result = result.withName(name);
        }
        if (extraClosedDays != null) {
            result = result.withExtraClosedDays(Set.copyOf(extraClosedDays));
        }
        if (disabledKinds != null) {
            for (var kind : disabledKinds) {
                result = result.withoutRule(kindCode(kind));
            }
        }
        if (rules != null) {
            for (var rule : rules) {
                result = result.withRule(rule.toRule());
            }
        }
        if (recipients != null) {
            var names = new LinkedHashMap<String, String>();
            recipients.forEach((key, value) -> names.put(kindCode(key), value));
            result = result.withRecipients(names);
        }
        return result;
    }

    /** {@code supervising-ministry}, {@code Supervising_Ministry} → {@code SUPERVISING_MINISTRY}. */
    static String kindCode(String key) {
        if (key == null) {
            return null;
        }
        return key.trim().replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
