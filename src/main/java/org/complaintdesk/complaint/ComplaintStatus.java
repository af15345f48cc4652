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
    /** Customer and merchant submit evidence. */
    EVIDENCE_PERIOD,
    /** An arbitrator reviews the facts and rules. */
    IN_ARBITRATION,
    /** Ruled; either side may still appeal within the appeal window. */
    RULED,
    /** A supervisor reviews an appeal against the ruling. */
    UNDER_APPEAL,
    /** The agreed or ruled remedy is being carried out. */
    REMEDY_IN_PROGRESS,
    /** Remedy done; the customer was asked whether the problem is solved. */
    AWAITING_FEEDBACK,
    WITHDRAWN,
    CLOSED;

    /** The case has ended; nothing can be added to it. */
    public boolean isEnded() {
        return this == WITHDRAWN || this == CLOSED;
    }

    /** The customer may still withdraw: nothing has been carried out yet. */
    public boolean isWithdrawable() {
        return !isEnded() && this != REMEDY_IN_PROGRESS && this != AWAITING_FEEDBACK;
    }

    /** The clock of the resolution deadline stands still: it is the customer's turn. */
    public boolean waitsForCustomer() {
        return this == WAITING_FOR_CUSTOMER || this == OFFER_PENDING;
    }
}
