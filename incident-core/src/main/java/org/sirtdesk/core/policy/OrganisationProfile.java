package org.sirtdesk.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sirtdesk.core.deadline.DeadlineCalculator;
import org.sirtdesk.core.deadline.JapaneseClosureCalendar;

/**
 * The configuration of one public body (SPEC §3): which APPI article governs its PPC reports, on
 * which extra days it is closed, what its recipients are called and which notification duties it
 * has. Configuration, not code: build it from {@link OrganisationSettings} or start from one of
 * {@link OrganisationProfiles}.
 *
 * @param recipients display name per obligation kind, e.g. {@code SUPERVISING_MINISTRY -> 厚生労働省}
 * @param rules evaluated in this order; obligations are raised in this order
 */
public record OrganisationProfile(
        String id,
        String name,
        AppiArticle appiArticle,
        Set<LocalDate> extraClosedDays,
        Map<String, String> recipients,
        List<ObligationRule> rules) {

    public OrganisationProfile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("profile id must be given");
        }
        if (appiArticle == null) {
            throw new IllegalArgumentException("APPI article must be given");
        }
        name = name == null || name.isBlank() ? id : name;
        extraClosedDays = extraClosedDays == null ? Set.of() : Set.copyOf(extraClosedDays);
        recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
        rules = rules == null ? List.of() : List.copyOf(rules);
        var kinds = new HashSet<String>();
        for (var rule : rules) {
            if (!kinds.add(rule.kind())) {
                throw new IllegalArgumentException("profile " + id + " has two rules of kind " + rule.kind());
            }
        }
    }

    /** The configured display name of the recipient of a kind; the kind itself when none is set. */
    public String recipientFor(String kind) {
        return recipients.getOrDefault(kind, kind);
    }

    /** Deadlines on the Japanese public-body calendar with this body's extra closed days, in Tokyo. */
    public DeadlineCalculator deadlineCalculator() {
        return new DeadlineCalculator(new JapaneseClosureCalendar(extraClosedDays), DeadlineCalculator.TOKYO);
    }

    public Optional<ObligationRule> rule(String kind) {
        return rules.stream().filter(r -> r.kind().equals(kind)).findFirst();
    }

    public OrganisationProfile withName(String newName) {
        return new OrganisationProfile(id, newName, appiArticle, extraClosedDays, recipients, rules);
    }

    public OrganisationProfile withExtraClosedDays(Set<LocalDate> days) {
        return new OrganisationProfile(id, name, appiArticle, days, recipients, rules);
    }

    /** Overrides or adds display names; names not given keep their value. */
    public OrganisationProfile withRecipients(Map<String, String> names) {
        var merged = new LinkedHashMap<>(recipients);
        merged.putAll(names);
        return new OrganisationProfile(id, name, appiArticle, extraClosedDays, merged, rules);
    }

    /** Replaces the rule of the same kind in place, or appends a new kind at the end. */
    public OrganisationProfile withRule(ObligationRule rule) {
        var list = new ArrayList<>(rules);
        var index = -1;
        for (var i = 0; i < list.size(); i++) {
            if (list.get(i).kind().equals(rule.kind())) {
                index = i;
            }
        }
        if (index >= 0) {
            list.set(index, rule);
        } else {
            list.add(rule);
        }
        return new OrganisationProfile(id, name, appiArticle, extraClosedDays, recipients, list);
    }

    public OrganisationProfile withoutRule(String kind) {
        var list = rules.stream().filter(r -> !r.kind().equals(kind)).toList();
        return new OrganisationProfile(id, name, appiArticle, extraClosedDays, recipients, list);
    }
}
