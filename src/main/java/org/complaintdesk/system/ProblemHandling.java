package org.complaintdesk.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Translates every error of our REST API into {@code application/problem+json}. Nothing internal
 * (stack traces, SQL, class names) reaches a client; unexpected failures are logged with an id the
 * client sees.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(e.violations()));
    }

    @ExceptionHandler(ComplaintNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ComplaintNotFoundException e) {
        return respond(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "complaint-not-found", "Complaint not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return respond(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, e.problem(), "Conflict", e.getMessage()));
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem e) {
        return respond(e.status(), Problems.of(e.status(), e.slug(), e.title(), e.getMessage()));
    }

    /** Two requests changed the same thing at once; this one lost and changed nothing. */
    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
        return respond(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
                "The complaint changed while this request was handled; nothing was recorded. Read it again and retry."));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                "File too large", "A file may have at most 10 MiB; nothing was stored."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(List.of(
                new InvalidRequestException.FieldViolation(e.getRequestPartName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(List.of(
                new InvalidRequestException.FieldViolation(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : e.getPropertyName();
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(List.of(
                new InvalidRequestException.FieldViolation(name, "has an invalid value '" + e.getValue() + "'"))));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"complaint-desk\"");
        return respond(HttpStatus.UNAUTHORIZED, headers, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Unauthenticated", "Send valid HTTP Basic credentials or the complaint's customer token."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your groups do not allow this call."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return respond(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.headers(), DatabaseUnavailable.problem());
        }
        String incident = java.util.UUID.randomUUID().toString();
        log.error("Unexpected failure {}", incident, e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed. Quote incident " + incident + " when reporting it.");
        problem.setProperty("incident", incident);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidRequestException.FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidRequestException.FieldViolation(error.getField(), error.getDefaultMessage()))
                .toList();
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestBodyLimit.TooLarge.class)) {
            return respond(HttpStatus.PAYLOAD_TOO_LARGE, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                    "Request body too large", e.getMostSpecificCause().getMessage() + "; nothing was stored."));
        }
        InvalidRequestException.FieldViolation violation;
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            violation = new InvalidRequestException.FieldViolation(path(unknown), "is not a field of this request");
        } else if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            violation = new InvalidRequestException.FieldViolation(path(mismatch), mismatchMessage(mismatch));
        } else if (e.getCause() instanceof StreamConstraintsException) {
            violation = new InvalidRequestException.FieldViolation("(body)", "nests too deeply or holds too long a value");
        } else if (e.getCause() instanceof JsonProcessingException) {
            violation = new InvalidRequestException.FieldViolation("(body)", "is not valid JSON");
        } else {
            violation = new InvalidRequestException.FieldViolation("(body)", "is missing or unreadable");
        }
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(List.of(violation)));
    }

    /** A broken upload (no boundary, a part cut short, …) is the client's error. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenUpload(MultipartException e) {
        if (causedBy(e, RequestBodyLimit.TooLarge.class) || e instanceof MaxUploadSizeExceededException) {
            return respond(HttpStatus.PAYLOAD_TOO_LARGE, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                    "File too large", "A file may have at most 10 MiB; nothing was stored."));
        }
        return respond(HttpStatus.BAD_REQUEST, Problems.invalid(List.of(
                new InvalidRequestException.FieldViolation("(body)", "is not a readable multipart/form-data upload"))));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", "Content-Type " + e.getContentType() + " is not accepted; send "
                        + e.getSupportedMediaTypes());
        problem.setProperty("errors", List.of(new InvalidRequestException.FieldViolation("Content-Type",
                "must be one of " + e.getSupportedMediaTypes())));
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.setAccept(e.getSupportedMediaTypes());
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, responseHeaders, problem);
    }

    private static <T> ResponseEntity<T> respond(HttpStatus status, HttpHeaders headers, T problem) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static <T> ResponseEntity<T> respond(HttpStatus status, T problem) {
        return respond(status, HttpHeaders.EMPTY, problem);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String mismatchMessage(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (e instanceof InvalidFormatException invalid) {
            if (target == String.class) {
                return PlainText.MESSAGE;
            }
            return "has an invalid value '" + invalid.getValue() + "'" + expected(target);
        }
        return "has the wrong type" + expected(target);
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "; expected a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "; expected true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "; expected an ISO-8601 date-time with offset, e.g. 2026-11-25T10:15:30+08:00";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "; expected an array";
        }
        if (target == String.class) {
            return "; expected a string";
        }
        return "; expected an object";
    }
}
