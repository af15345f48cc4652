package org.complaintdesk.complaint;

/** Where a complaint stands, as the customer and the desk see it. */
public enum ComplaintStatus {
    /** Recorded; the process has not picked it up yet. */
    RECEIVED,
    /** Registered and waiting for or being handled by a desk. */
    OPEN,
    CLOSED
}
