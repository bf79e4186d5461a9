package org.sirtdesk.core.policy;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sirtdesk.core.deadline.DeadlineSpec;
import org.sirtdesk.core.deadline.DeadlineTerms;
import org.sirtdesk.core.deadline.DurationUnit;

/**
 * Short text for durations in configuration: {@code 24h} (hours), {@code 30d} (calendar days, the
 * clock-start day being day 1), {@code 5bd} (business days). Blank or {@code null} means "none".
 */
public final class Terms {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(h|d|bd)");

    private Terms() {}

    public static DeadlineSpec parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("duration must look like 24h, 30d or 5bd, was '" + text + "'");
        }
        var amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "h" -> DeadlineSpec.hours(amount);
            case "d" -> DeadlineSpec.calendarDays(amount);
            default -> DeadlineSpec.businessDays(amount);
        };
    }

    /** Target and optional hard limit, or {@code null} when there is no target. */
    public static DeadlineTerms terms(String target, String hardLimit) {
        var targetSpec = parse(target);
        if (targetSpec == null) {
            if (parse(hardLimit) != null) {
                throw new IllegalArgumentException("a hard limit needs a target");
            }
            return null;
        }
        return new DeadlineTerms(targetSpec, parse(hardLimit));
    }

    /** {@code 3d, hard 5d}; {@code no due time} for {@code null}. */
    public static String describe(DeadlineTerms terms) {
        if (terms == null) {
            return "no due time";
        }
        return format(terms.target()) + (terms.hardLimit() == null ? "" : ", hard " + format(terms.hardLimit()));
    }

    public static String format(DeadlineSpec spec) {
        if (spec == null) {
            return "none";
        }
        var unit = switch (spec.unit()) {
            case HOURS -> "h";
            case CALENDAR_DAYS -> "d";
            case BUSINESS_DAYS -> "bd";
        };
        return spec.amount() + unit + (spec.unit() != DurationUnit.HOURS && !spec.rollsForward() ? " (no roll)" : "");
    }
}
