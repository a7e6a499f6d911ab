package io.shoponevents.order.shared.adapter.in.web;

import io.shoponevents.order.shared.domain.InvalidInput;
import io.shoponevents.order.shared.domain.NotFound;
import io.shoponevents.order.shared.domain.RuleViolation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's refusals as problem details: an invalid value is 400 and something missing 404; a rule the current
 * state does not allow is 409. The field at fault is named in {@code errors}, as for any other 400.
 */
@RestControllerAdvice
class DomainProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail conflict(RuleViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict with the current state");
        e.field()
                .ifPresent(field ->
                        problem.setProperty("errors", List.of(Map.of("field", field, "message", e.getMessage()))));
        return problem;
    }
}
