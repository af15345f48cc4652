package org.complaintdesk.system;

import java.util.List;

/** Input from outside that breaks one or more rules; answered as 400 naming every bad field. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One bad field, with a JSON path such as {@code customer.email} or {@code demands[1]}. */
    public record FieldViolation(String field, String message) {
    }
}
