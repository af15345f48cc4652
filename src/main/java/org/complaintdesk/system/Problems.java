package org.complaintdesk.system;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the {@code application/problem+json} bodies every error of our API is answered with. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:complaint-desk:problem:";

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(List<InvalidRequestException.FieldViolation> violations) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid");
        problem.setProperty("errors", violations);
        return problem;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    private Problems() {
    }
}
