package org.complaintdesk.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers for errors that never reached a controller (a request it could not parse,
 * a path nobody serves): problem+json with the status and nothing else — no exception, message or trace.
 * Replaces Spring Boot's default error controller.
 */
@RestController
class ProblemErrors implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrors.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()
                && DatabaseUnavailable.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // a filter (authentication, throttling) found the database gone before any controller ran
            log.warn("{}: database unavailable", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).headers(DatabaseUnavailable.headers())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(DatabaseUnavailable.problem());
        }
        if (status.is5xxServerError()) {
            log.error("{} answered {} outside the desk's controllers", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    status.value(), (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        String slug = status.is5xxServerError() ? "internal-error" : "http-" + status.value();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, slug, status.getReasonPhrase(), status.is5xxServerError()
                        ? "The request could not be completed." : "The request was refused: " + status.getReasonPhrase() + "."));
    }
}
