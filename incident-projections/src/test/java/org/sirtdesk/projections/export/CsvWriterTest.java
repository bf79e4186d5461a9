package org.sirtdesk.projections.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180() {
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("総務省")).isEqualTo("総務省");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvWriter.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    }

    @Test
    void writesAHeaderAndOneCrlfLinePerRecord() {
        var out = new StringWriter();
        var csv = new CsvWriter(out);
        csv.header();
        csv.record(new NotificationRecord(
                "inc-1",
                "TRK-1",
                "inc-1:MIC",
                "MIC",
                "総務省",
                "001 Art. 31-3",
                Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-02T00:00:00Z"),
                Instant.parse("2026-05-01T12:00:00Z"),
                true,
                false,
                "EMAIL",
                "REF-1",
                "sirt1",
                "=cmd"));
        var lines = out.toString().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("incidentId,trackingCode,obligationId");
        assertThat(lines[1])
                .isEqualTo("inc-1,TRK-1,inc-1:MIC,MIC,総務省,001 Art. 31-3,2026-05-01T00:00:00Z,2026-05-02T00:00:00Z,"
                        + "2026-05-01T12:00:00Z,true,false,EMAIL,REF-1,sirt1,\"'=cmd\"");
        assertThat(lines[2]).isEmpty();
    }
}
