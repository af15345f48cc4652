package org.complaintdesk.merchant;

import org.complaintdesk.process.ComplaintHandling;

/** What a merchant answers; the names are the values the decision table merchant-answer reads. */
public enum MerchantAnswerKind {
    ACCEPT_DEMAND(ComplaintHandling.MerchantAnswer.ACCEPT_DEMAND),
    PROPOSE_REMEDY(ComplaintHandling.MerchantAnswer.PROPOSE_REMEDY),
    CONTEST(ComplaintHandling.MerchantAnswer.CONTEST);

    private final String code;

    MerchantAnswerKind(String code) {
        this.code = code;
    }

    /** The value of the process variable {@code merchantAnswer}. */
    String code() {
        return code;
    }
}
