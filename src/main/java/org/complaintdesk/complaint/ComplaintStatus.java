package org.complaintdesk.complaint;

/** Where a complaint stands, as the customer and the desk see it. */
public enum ComplaintStatus {
    /** Recorded; the process has not picked it up yet. */
    RECEIVED,
    /** The classifier was unsure: a person sets category and severity. */
    IN_TRIAGE,
    /** With a desk, being investigated. */
    OPEN,
    /** The desk asked the customer for information and waits for the answer. */
    WAITING_FOR_CUSTOMER,
    /** A remedy was offered; the customer's answer is awaited. */
    OFFER_PENDING,
    /** Customer and desk agreed on a remedy. */
    REMEDY_AGREED,
    /** No agreement after the last offer: the platform intervenes. */
    PLATFORM_INTERVENTION,
    WITHDRAWN,
    CLOSED;

    /** The case has ended; nothing can be added to it. */
    public boolean isEnded() {
        return this == WITHDRAWN || this == CLOSED;
    }

    /** The clock of the resolution deadline stands still: it is the customer's turn. */
    public boolean waitsForCustomer() {
        return this == WAITING_FOR_CUSTOMER || this == OFFER_PENDING;
    }
}
