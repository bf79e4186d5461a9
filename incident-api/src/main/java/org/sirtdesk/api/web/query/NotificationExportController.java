package org.sirtdesk.api.web.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sirtdesk.api.security.Access;
import org.sirtdesk.projections.export.CsvWriter;
import org.sirtdesk.projections.export.NotificationRecords;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The compliance export (SPEC §5): the notification records of a period, streamed row by row as CSV
 * (UTF-8 with BOM, RFC 4180, formula cells neutralised) or as a JSON array.
 */
@RestController
public class NotificationExportController {

    private final NotificationRecords records;
    private final ObjectMapper json;

    public NotificationExportController(NotificationRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    @PreAuthorize(Access.EXPORTERS)
    @GetMapping("/api/v1/exports/notifications")
    public ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "csv") String format) {
        var fromTime = QueryParameters.time("from", from);
        var toTime = QueryParameters.time("to", to);
        QueryParameters.period(fromTime, toTime);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw QueryParameters.invalid("format", "must be csv or json");
        };
        StreamingResponseBody body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
            if (csv) {
                writer.write(CsvWriter.BOM);
                var csvWriter = new CsvWriter(writer);
                csvWriter.header();
                records.forEach(fromTime, toTime, csvWriter::record);
            } else {
                var generator = json.getFactory().createGenerator(writer);
                generator.setCodec(json);
                generator.writeStartArray();
                records.forEach(fromTime, toTime, r -> {
                    try {
                        generator.writeObject(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                generator.writeEndArray();
                generator.flush();
            }
            writer.flush();
        };
        var type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON;
        var name = "notification-records." + (csv ? "csv" : "json");
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
