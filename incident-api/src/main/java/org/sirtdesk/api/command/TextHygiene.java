package org.sirtdesk.api.command;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Free text from people goes into the record as written, minus control characters (other than line
 * breaks and tabs) that could forge log lines or hide content; line breaks are normalised to LF.
 */
public final class TextHygiene {

    private static final Pattern CONTROL =
            Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private TextHygiene() {}

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n'))
                .replaceAll("")
                .strip();
    }

    public static List<String> clean(List<String> texts) {
        return texts == null ? null : texts.stream().map(TextHygiene::clean).toList();
    }
}
