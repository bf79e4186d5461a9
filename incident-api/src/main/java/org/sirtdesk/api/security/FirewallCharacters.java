package org.sirtdesk.api.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's firewall lets through in header names, header values and
 * parameter names, checked code point by code point instead of by regular expression.
 *
 * <p>The firewall's defaults match every header name and value of every request against
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} (values also allow a tab). That was about a
 * twelfth of the application's CPU per report under load (docs/benchmarks.md). The rules here
 * are the same: a code point must be assigned in Unicode and must not be a control character,
 * except a tab in a header value. {@code FirewallCharactersTest} compares both on generated text.
 */
public final class FirewallCharacters {

    private FirewallCharacters() {}

    /** A firewall with the default rules, checked without regular expressions. */
    public static StrictHttpFirewall strictFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallCharacters::headerValue);
        firewall.setAllowedParameterNames(FirewallCharacters::assignedAndNotControl);
        return firewall;
    }

    /** Every code point is assigned and none is a control character. */
    public static boolean assignedAndNotControl(String text) {
        return allowed(text, false);
    }

    /** Every code point is assigned and none is a control character other than a tab. */
    public static boolean headerValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
