package org.complaintdesk.complaint;

public enum NoteKind {
    /** The customer added information to their case. */
    CUSTOMER_INFORMATION,
    /** A further complaint about the same order, joined to this case. */
    JOINED_COMPLAINT,
    /** The desk asked the customer a question. */
    INFORMATION_REQUEST,
    /** What the investigation found. */
    FINDINGS,
    /** Why the customer withdrew. */
    WITHDRAWAL
}
