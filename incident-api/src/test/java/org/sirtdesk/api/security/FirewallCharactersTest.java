package org.sirtdesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The firewall's character rules without regular expressions decide exactly as Spring Security's patterns. */
class FirewallCharactersTest {

    /** Spring Security's patterns for header and parameter names, and for header values. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneIsJudgedAsByThePatterns() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            var text = new String(Character.toChars(codePoint));
            assertThat(FirewallCharacters.assignedAndNotControl(text))
                    .as("name U+%04X", codePoint)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.headerValue(text))
                    .as("value U+%04X", codePoint)
                    .isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
    }

    @Property(tries = 5000)
    void textIsJudgedAsByThePatterns(@ForAll String text) {
        assertThat(FirewallCharacters.assignedAndNotControl(text))
                .isEqualTo(NAMES.matcher(text).matches());
        assertThat(FirewallCharacters.headerValue(text))
                .isEqualTo(HEADER_VALUES.matcher(text).matches());
    }

    @Test
    void aLoneSurrogateAndTheTabAreJudgedAsByThePatterns() {
        for (var text : new String[] {"a\uD800b", "\uDC00", "x\ty", "bearer\r\nX-Forged: 1", "総務課", ""}) {
            assertThat(FirewallCharacters.assignedAndNotControl(text))
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.headerValue(text))
                    .isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
        assertThat(FirewallCharacters.headerValue("x\ty")).isTrue();
        assertThat(FirewallCharacters.headerValue("bearer\r\nX-Forged: 1")).isFalse();
    }
}
