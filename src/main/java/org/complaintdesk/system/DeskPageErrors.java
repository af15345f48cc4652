package org.complaintdesk.system;

import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Refusals of the desk's pages as a page that says what happened and that nothing was stored, with the same status
 * the API answers; before {@link ProblemHandling}, which answers the API's callers.
 */
@ControllerAdvice(annotations = DeskPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeskPageErrors {

    @ExceptionHandler(ComplaintNotFoundException.class)
    ResponseEntity<String> notFound(ComplaintNotFoundException e) {
        return refused(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ", or none you may read.");
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<String> problem(ApiProblem e) {
        return refused(e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<String> conflict(ConflictException e) {
        return refused(HttpStatus.CONFLICT, "Not possible now", e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<String> invalid(InvalidRequestException e) {
        StringBuilder detail = new StringBuilder();
        e.violations().forEach(v -> detail.append(v.field()).append(": ").append(v.message()).append(". "));
        return refused(HttpStatus.BAD_REQUEST, "Please check the form", detail + "Nothing was stored.");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<String> missing(Exception e) {
        return refused(HttpStatus.BAD_REQUEST, "Please check the form", "Choose a file to upload. Nothing was stored.");
    }

    private static ResponseEntity<String> refused(HttpStatus status, String title, String detail) {
        return DeskPages.page(status, title, "<p class=\"refused\">" + DeskPages.text(detail) + "</p>");
    }
}
