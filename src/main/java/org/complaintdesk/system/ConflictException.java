package org.complaintdesk.system;

/** The request is well-formed but contradicts the complaint's current state (409). */
public class ConflictException extends RuntimeException {

    private final String problem;

    /**
     * @param problem short slug that becomes the problem type, e.g. {@code no-open-offer}
     */
    public ConflictException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
