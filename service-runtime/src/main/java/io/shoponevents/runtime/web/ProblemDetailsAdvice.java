package io.shoponevents.runtime.web;

import io.shoponevents.runtime.domain.ConcurrentChange;
import io.shoponevents.runtime.domain.InvalidInput;
import io.shoponevents.runtime.domain.NotFound;
import io.shoponevents.runtime.domain.RuleViolation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;
import tools.jackson.core.JacksonException;

/**
 * Every error a service returns is an RFC 9457 problem detail. Bad input names the offending fields in {@code errors};
 * a missing resource is 404 and a state conflict 409; nothing the client sent becomes a 500. An AWS endpoint that is
 * overloaded or out of reach is a 503 with {@code Retry-After}, so that load beyond what it serves is pushed back to
 * the client instead of failing as a server error.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        problem.setProperty(
                "errors",
                e.fields().stream()
                        .map(field -> fieldError(field, e.getMessage()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict with the current state", e.getMessage());
        e.field().ifPresent(field -> problem.setProperty("errors", List.of(fieldError(field, e.getMessage()))));
        return problem;
    }

    @ExceptionHandler(ConcurrentChange.class)
    ProblemDetail concurrentChange(ConcurrentChange e) {
        return problem(HttpStatus.CONFLICT, "Changed concurrently", "The resource changed meanwhile; try again.");
    }

    /**
     * Nothing is half-written, since every change is one transaction; after a timeout, though, the change may have been
     * applied. The client can look before it tries again (a cart that did get checked out answers a second checkout
     * with 409).
     */
    @ExceptionHandler(SdkException.class)
    ResponseEntity<ProblemDetail> awsFailure(SdkException e) {
        if (!transientFailure(e)) {
            log.error("AWS request failed", e);
            return ResponseEntity.internalServerError()
                    .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "An AWS request failed."));
        }
        log.warn("AWS endpoint unavailable, answering 503: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Temporarily unavailable",
                        "The AWS endpoint did not answer in time; try again shortly."));
    }

    /**
     * Timeouts, no connection, throttling and 5xx from AWS pass; so does a transaction that DynamoDB is still applying
     * when the SDK's retry of it arrives (the retry carries the same token). A rejected request (4xx) is a fault of
     * ours.
     */
    static boolean transientFailure(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException()
                    || service.statusCode() >= 500
                    || service instanceof TransactionInProgressException;
        }
        return e instanceof SdkClientException || e.retryable();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error(error.getField(), error))
                .toList();
        return invalid("field(s)", errors);
    }

    /** Bad path variables, query parameters (and body fields on the same method) fail method validation. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(error(error.getField(), error)));
            } else {
                String name = nameOf(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(error(name, error)));
            }
        }
        return invalid("field(s)", errors);
    }

    /**
     * A body that cannot be read as the request type: a field of the wrong type, out of range, unknown or given twice
     * is named; a body past the size limit is 413.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = causeOf(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", tooLarge.getMessage()));
        }
        JacksonException json = causeOf(e, JacksonException.class);
        String field = json == null ? "" : JsonFields.fieldOf(json);
        if (field.isEmpty()) {
            return ResponseEntity.badRequest()
                    .body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request body is not valid JSON"));
        }
        String message = JsonFields.messageOf(json);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Field '" + field + "' " + message);
        problem.setProperty("errors", List.of(fieldError(field, message)));
        return ResponseEntity.badRequest().body(problem);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** A 400 whose detail and {@code errors} name every offending field or parameter. */
    private static ResponseEntity<Object> invalid(String what, List<Map<String, String>> errors) {
        String names =
                errors.stream().map(error -> error.get("field")).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid " + what + ": " + names);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static Map<String, String> error(String field, MessageSourceResolvable error) {
        return fieldError(field, error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String nameOf(MethodParameter parameter) {
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.value().isEmpty()) {
            return pathVariable.value();
        }
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.value().isEmpty()) {
            return requestParam.value();
        }
        String name = parameter.getParameterName();
        return name == null ? "arg" + parameter.getParameterIndex() : name;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
