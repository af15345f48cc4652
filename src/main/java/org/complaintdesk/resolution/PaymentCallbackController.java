package org.complaintdesk.resolution;

import java.time.Instant;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/payments/refunds/{refundId}/settled}: the payment service reports a refund's outcome
 * (HTTP Basic, group {@code payment-services}). Repeating a report is harmless.
 */
@RestController
class PaymentCallbackController {

    private final RemedyExecution remedies;

    PaymentCallbackController(RemedyExecution remedies) {
        this.remedies = remedies;
    }

    /**
     * @param status    SETTLED or FAILED
     * @param reference the payment system's reference
     * @param reason    why it failed
     */
    record Settlement(String status, String reference, String reason) {
    }

    record SettlementReceipt(String refundId, RefundState state, Instant settledAt) {
    }

    @PostMapping("/api/payments/refunds/{refundId}/settled")
    SettlementReceipt settled(@PathVariable String refundId, @RequestBody Settlement settlement) {
        if (!"SETTLED".equals(settlement.status()) && !"FAILED".equals(settlement.status())) {
            throw new InvalidRequestException("status", "must be SETTLED or FAILED");
        }
        if (settlement.reference() != null && settlement.reference().length() > 200) {
            throw new InvalidRequestException("reference", "must be at most 200 characters");
        }
        boolean settled = "SETTLED".equals(settlement.status());
        String reason = settlement.reason() == null ? "no reason given" : settlement.reason();
        RemedyExecution.Settlement outcome = remedies.settlement(refundId, settled, settlement.reference(),
                reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        Refund refund = outcome.refund();
        if (outcome.paidTwice()) {
            throw new ConflictException("refund-paid-by-hand", "Refund " + refundId + " was already paid by hand "
                    + "(reference " + refund.getProviderReference() + "); this settlement was not recorded, and finance "
                    + "was alerted to recover the second payment.");
        }
        return new SettlementReceipt(refund.getRefundId(), refund.getState(), refund.getSettledAt());
    }
}
