package org.complaintdesk.resolution;

/** Where a refund stands in the ledger. */
public enum RefundState {
    /** Recorded; not yet handed to the payment system. */
    REQUESTED,
    /** The payment system accepted it; settlement pending. */
    SENT,
    /** Money is on its way to the customer. */
    SETTLED,
    /** The payment system could not pay; it does not count towards what was refunded. */
    FAILED
}
