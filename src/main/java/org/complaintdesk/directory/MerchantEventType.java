package org.complaintdesk.directory;

import java.util.Arrays;
import java.util.Optional;
import org.complaintdesk.complaint.CaseStep;

/**
 * What a merchant learns of its complaints, by webhook and feed, and the timeline step each comes from. The
 * names on the wire ({@code complaint.received}, …) are part of the merchant API: add, never rename.
 */
public enum MerchantEventType {
    RECEIVED("complaint.received", CaseStep.RECEIVED),
    /** The desk asks the merchant for its side before it investigates. */
    MERCHANT_ANSWER_REQUESTED("complaint.merchant-answer-requested", CaseStep.MERCHANT_ASKED),
    EVIDENCE_REQUESTED("complaint.evidence-requested", CaseStep.EVIDENCE_PERIOD_OPENED),
    RULED("complaint.ruled", CaseStep.RULED),
    APPEALED("complaint.appealed", CaseStep.APPEALED),
    APPEAL_REVIEWED("complaint.appeal-reviewed", CaseStep.APPEAL_REVIEWED),
    WITHDRAWN("complaint.withdrawn", CaseStep.WITHDRAWN),
    CLOSED("complaint.closed", CaseStep.CLOSED);

    private final String wireName;
    private final CaseStep step;

    MerchantEventType(String wireName, CaseStep step) {
        this.wireName = wireName;
        this.step = step;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<MerchantEventType> of(CaseStep step) {
        return Arrays.stream(values()).filter(t -> t.step == step).findFirst();
    }
}
