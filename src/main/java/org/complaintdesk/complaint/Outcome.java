package org.complaintdesk.complaint;

/** How a case ended, as the case library records it. */
public enum Outcome {
    /** The customer said the problem is solved. */
    RESOLVED,
    /** Decided by a final ruling. */
    RULED,
    WITHDRAWN,
    /** The customer did not answer the survey in time. */
    NO_FEEDBACK
}
