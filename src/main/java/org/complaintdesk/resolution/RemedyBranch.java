package org.complaintdesk.resolution;

import java.math.BigDecimal;
import org.complaintdesk.complaint.RemedyKind;

/**
 * The branch of "Which remedy?" in remedy-execution: one per remedy, plus the refund that would take the case over
 * the amount paid, which the case owner decides. The gateway tests these names, never a rule.
 */
public enum RemedyBranch {
    REFUND,
    RETURN_AND_REFUND,
    /** A refund of more than is left of the amount paid (or of nothing): the case owner decides. */
    OWNER_DECIDES_REFUND,
    EXCHANGE,
    COUPON,
    APOLOGY,
    /** The complaint was not upheld: nothing to carry out. */
    NONE;

    /**
     * @param refund      what the remedy would refund, or null when it refunds nothing
     * @param refundable  what is left of the amount paid
     */
    static RemedyBranch of(RemedyKind remedy, BigDecimal refund, BigDecimal refundable) {
        return switch (remedy) {
            case REFUND_FULL, REFUND_PARTIAL -> withinAmountPaid(refund, refundable) ? REFUND : OWNER_DECIDES_REFUND;
            case RETURN_AND_REFUND -> RETURN_AND_REFUND;
            case EXCHANGE -> EXCHANGE;
            case COMPENSATION_COUPON -> COUPON;
            case APOLOGY -> APOLOGY;
            case REJECT -> NONE;
        };
    }

    static boolean withinAmountPaid(BigDecimal refund, BigDecimal refundable) {
        return refund != null && refund.signum() > 0 && refund.compareTo(refundable) <= 0;
    }
}
