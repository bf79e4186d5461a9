package org.sirtdesk.projections.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * The CSV form of the export: RFC 4180 (quoted when needed, doubled quotes, CRLF), a header row, and
 * cells that a spreadsheet would run as a formula ({@code = + - @}, tab, CR) prefixed with a single
 * quote. The caller writes the UTF-8 byte order mark first.
 */
public final class CsvWriter {

    public static final String BOM = "\uFEFF";

    static final String[] HEADER = {
        "incidentId",
        "trackingCode",
        "obligationId",
        "kind",
        "recipient",
        "basis",
        "clockStart",
        "dueAt",
        "sentAt",
        "onTime",
        "waived",
        "channel",
        "reference",
        "sender",
        "summary"
    };

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void header() {
        line((Object[]) HEADER);
    }

    public void record(NotificationRecord r) {
        line(
                r.incidentId(),
                r.trackingCode(),
                r.obligationId(),
                r.kind(),
                r.recipient(),
                r.basis(),
                r.clockStart(),
                r.dueAt(),
                r.sentAt(),
                r.onTime(),
                r.waived(),
                r.channel(),
                r.reference(),
                r.sender(),
                r.summary());
    }

    private void line(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        var text = value instanceof Instant instant ? instant.toString() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
