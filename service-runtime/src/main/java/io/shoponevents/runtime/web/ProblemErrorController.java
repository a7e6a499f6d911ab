package io.shoponevents.runtime.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Errors the servlet container raises outside Spring MVC (a filter's {@code sendError}, an exception escaping a
 * filter) reach {@code /error}; this answers them with a problem detail instead of Spring Boot's default body, whatever
 * the client accepts. A server error says no more than that.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = status.is4xxClientError() && message instanceof String text && StringUtils.hasText(text)
                ? text
                : status.is5xxServerError() ? "The server could not process the request" : status.getReasonPhrase();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            // The path as the client sent it, still encoded; the problem is about that request, not about /error.
            problem.setInstance(URI.create(
                    UriUtils.encodePath(UriUtils.decode(path, StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Requested directly, {@code /error} is just a path that names nothing. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(code);
        return status == null || code < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
