package org.sirtdesk.api.web.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.sirtdesk.core.shared.Violation;

/** Parses query parameters; a bad one is a 422 problem naming the parameter. */
final class QueryParameters {

    private QueryParameters() {}

    static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 time with offset, e.g. 2026-05-01T09:00:00+09:00");
        }
    }

    static <E extends Enum<E>> String oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static <E extends Enum<E>> Set<E> setOf(String name, String value, Class<E> type, Set<E> otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .map(v -> Enum.valueOf(type, v))
                    .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(type)));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a comma-separated list of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static int range(String name, Integer value, int otherwise, int min, int max) {
        if (value == null) {
            return otherwise;
        }
        if (value < min || value > max) {
            throw invalid(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    static void period(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("to", "must be after from");
        }
    }

    static DomainException invalid(String name, String message) {
        return new DomainException(
                ErrorCode.VALIDATION_FAILED, name + " " + message, java.util.List.of(Violation.of(name, message)));
    }
}
