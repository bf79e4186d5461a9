package org.sirtdesk.api.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.sirtdesk.core.shared.DomainException;
import org.sirtdesk.core.shared.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into problem+json with a stable code; never a stack trace. */
@RestControllerAdvice(basePackages = "org.sirtdesk.api.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        var errors = e.violations().stream()
                .map(v -> new Problems.FieldError(v.field(), v.message(), v.basis()))
                .toList();
        return Problems.response(statusOf(e.code()), e.code().name(), e.getMessage(), errors);
    }

    static HttpStatus statusOf(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case ROLE_NOT_ALLOWED, SEGREGATION_OF_DUTIES, NOT_ADDRESSEE -> HttpStatus.FORBIDDEN;
            case NOT_FOUND, UNKNOWN_OBLIGATION, UNKNOWN_INSTRUCTION, UNKNOWN_MEASURE -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.CONFLICT;
        };
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainException domain) {
            return domain(domain);
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return concurrency(concurrency);
        }
        if (cause instanceof ConflictingModificationException stale) {
            return staleVersion(stale);
        }
        if (cause instanceof AggregateStreamCreationException exists) {
            return alreadyExists(exists);
        }
        return unexpected(e);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException e) {
        return Problems.response(
                HttpStatus.CONFLICT,
                ErrorCode.CONCURRENT_MODIFICATION.name(),
                "Someone else changed this incident first; reload and try again",
                List.of());
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingModificationException e) {
        return Problems.response(
                HttpStatus.CONFLICT,
                ErrorCode.CONCURRENT_MODIFICATION.name(),
                "The incident changed since the version you sent in If-Match; reload and try again",
                List.of(new Problems.FieldError("If-Match", "is not the current version", null)));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return Problems.response(
                HttpStatus.CONFLICT,
                ErrorCode.CONCURRENT_MODIFICATION.name(),
                "An incident with this id already exists",
                List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return Problems.response(
                HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND.name(), "No incident with this id", List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), f.getDefaultMessage(), null))
                .toList();
        return Problems.response(
                HttpStatus.UNPROCESSABLE_ENTITY,
                ErrorCode.VALIDATION_FAILED.name(),
                "The request has invalid fields",
                errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problems.FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage(), null)))
                .toList();
        return Problems.response(
                HttpStatus.UNPROCESSABLE_ENTITY,
                ErrorCode.VALIDATION_FAILED.name(),
                "The request has invalid values",
                errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(v.getPropertyPath().toString(), v.getMessage(), null))
                .collect(Collectors.toList());
        return Problems.response(
                HttpStatus.UNPROCESSABLE_ENTITY,
                ErrorCode.VALIDATION_FAILED.name(),
                "The request has invalid values",
                errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        var cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.response(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "UNKNOWN_PROPERTY",
                    "The request has a property this endpoint does not accept",
                    List.of(new Problems.FieldError(path(unknown), "is not accepted here", null)));
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            var message = mapping instanceof InvalidFormatException ? "has an invalid value" : "cannot be read";
            return Problems.response(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    ErrorCode.VALIDATION_FAILED.name(),
                    "The request has a value of the wrong type or format",
                    List.of(new Problems.FieldError(path(mapping), message, null)));
        }
        return Problems.response(
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request body is not valid JSON", List.of());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(
                HttpStatus.UNPROCESSABLE_ENTITY,
                ErrorCode.VALIDATION_FAILED.name(),
                "A parameter has an invalid value",
                List.of(new Problems.FieldError(e.getName(), "has an invalid value", null)));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class})
    ResponseEntity<ProblemDetail> missing(Exception e) {
        return Problems.response(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.response(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Send application/json", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.response(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "Accept application/json", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return Problems.response(
                HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "This method is not allowed here", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return Problems.response(
                HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request is too large", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return Problems.response(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND.name(), "Not found", List.of());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        var status = HttpStatus.valueOf(e.getStatusCode().value());
        var code = status == HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND.name() : status.name();
        return Problems.response(status, code, e.getReason(), List.of());
    }

    /**
     * A refusal by method security goes back to Spring Security, which answers 401 or 403 as for the
     * URL rules; the catch-all below would otherwise turn it into a 500.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void refusedBySecurity(RuntimeException refusal) {
        throw refusal;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return Problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "The request could not be completed", List.of());
    }
}
