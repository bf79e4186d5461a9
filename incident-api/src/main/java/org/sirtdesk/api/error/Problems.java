package org.sirtdesk.api.error;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the problem+json answers of the HTTP contract: type, title, status, detail, code, errors[]. */
public final class Problems {

    public static final String TYPE_BASE = "https://sirtdesk.example/problems/";

    private Problems() {}

    public record FieldError(String field, String message, String basis) {}

    public static ProblemDetail problem(HttpStatus status, String code, String detail, List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(
                URI.create(TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        problem.setProperty("errors", errors == null ? List.of() : errors);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> response(
            HttpStatus status, String code, String detail, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, code, detail, errors));
    }

    public static Map<String, Object> asMap(ProblemDetail problem) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("type", problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }
}
