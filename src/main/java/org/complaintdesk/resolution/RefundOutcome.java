package org.complaintdesk.resolution;

/** Where a refund sent to the payment service stands, as the gateways of refund-by-payment-service test it. */
enum RefundOutcome {
    SETTLED, FAILED, PENDING;

    static RefundOutcome of(Refund refund) {
        return switch (refund.getState()) {
            case SETTLED -> SETTLED;
            case FAILED -> FAILED;
            default -> PENDING;
        };
    }
}
