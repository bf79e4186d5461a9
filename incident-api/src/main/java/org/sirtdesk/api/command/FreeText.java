package org.sirtdesk.api.command;

import java.util.List;

/**
 * Cleans free text typed by people before it goes into a command and so into the event store for
 * good: line breaks become {@code \n}, control characters other than newline and tab are removed,
 * as are the bidirectional overrides that can make stored text read differently from what it is.
 * Length limits are checked on the cleaned text (browsers send a line break as two characters).
 */
public final class FreeText {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int CONTACT_MAX = 500;

    private FreeText() {}

    /** Text that may span lines; {@code null} stays {@code null}. Leading and trailing blanks go. */
    public static String multiLine(String raw) {
        if (raw == null) {
            return null;
        }
        var text = raw.replace("\r\n", "\n").replace('\r', '\n');
        var clean = new StringBuilder(text.length());
        text.codePoints().filter(FreeText::allowed).forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    /** Text on one line (a title, a contact): line breaks and tabs become single spaces. */
    public static String singleLine(String raw) {
        var text = multiLine(raw);
        return text == null ? null : text.replaceAll("[\\n\\t]+", " ");
    }

    /** Like {@link #singleLine} but an empty result is {@code null}: the value was not given. */
    public static String optionalLine(String raw) {
        var text = singleLine(raw);
        return text == null || text.isEmpty() ? null : text;
    }

    /** Each entry of a list of one-line values (systems, recipients); {@code null} stays {@code null}. */
    public static List<String> singleLines(List<String> raw) {
        return raw == null ? null : raw.stream().map(FreeText::singleLine).toList();
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return false;
        }
        return !isBidiControl(codePoint);
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
