package org.complaintdesk.complaint;

/** What the desk offers the customer. */
public enum RemedyKind {
    REFUND_FULL(false),
    REFUND_PARTIAL(true),
    RETURN_AND_REFUND(false),
    EXCHANGE(false),
    COMPENSATION_COUPON(true),
    APOLOGY(false),
    /** The complaint is not upheld; the reason is told to the customer. */
    REJECT(false);

    private final boolean needsAmount;

    RemedyKind(boolean needsAmount) {
        this.needsAmount = needsAmount;
    }

    public boolean needsAmount() {
        return needsAmount;
    }
}
