package org.complaintdesk.directory;

import java.util.Arrays;
import java.util.Optional;
import org.complaintdesk.complaint.CaseStep;

/**
 * What a merchant learns of its complaints, by webhook and feed, and the timeline step each comes from. The
 * names on the wire ({@code complaint.received}, …) are part of the merchant API: add, never rename.
 */
public enum MerchantEventType {
    RECEIVED("complaint.received", "RECEIVED"),
    /** The desk asks the merchant for its side before it investigates (timeline step MERCHANT_ANSWER_REQUESTED). */
    MERCHANT_ANSWER_REQUESTED("complaint.merchant-answer-requested", "MERCHANT_ANSWER_REQUESTED"),
    EVIDENCE_REQUESTED("complaint.evidence-requested", "EVIDENCE_PERIOD_OPENED"),
    RULED("complaint.ruled", "RULED"),
    APPEALED("complaint.appealed", "APPEALED"),
    APPEAL_REVIEWED("complaint.appeal-reviewed", "APPEAL_REVIEWED"),
    WITHDRAWN("complaint.withdrawn", "WITHDRAWN"),
    CLOSED("complaint.closed", "CLOSED");

    private final String wireName;
    /** By name, so a step a later version of the timeline adds is announced once it exists. */
    private final String step;

    MerchantEventType(String wireName, String step) {
        this.wireName = wireName;
        this.step = step;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<MerchantEventType> of(CaseStep step) {
        return Arrays.stream(values()).filter(t -> t.step.equals(step.name())).findFirst();
    }
}
