package org.complaintdesk.process;

/** Element ids of {@code processes/evidence-and-arbitration.bpmn}, called by complaint-handling. */
public final class EvidenceAndArbitration {

    public static final String PROCESS_KEY = "evidence-and-arbitration";

    public static final class Element {
        public static final String OPEN_EVIDENCE_PERIOD = "ServiceTask_OpenEvidencePeriod";
        public static final String AWAIT_EVIDENCE = "ReceiveTask_AwaitEvidence";
        public static final String EVIDENCE_PERIOD_ENDS = "BoundaryEvent_EvidencePeriodEnds";
        public static final String CLOSE_EVIDENCE_PERIOD = "ServiceTask_CloseEvidencePeriod";
        public static final String RULE_ON_DISPUTE = "UserTask_RuleOnDispute";
        public static final String RULING_OVERDUE = "BoundaryEvent_RulingOverdue";
        public static final String ESCALATE_OVERDUE_RULING = "ServiceTask_EscalateOverdueRuling";
        public static final String ANNOUNCE_RULING = "ServiceTask_AnnounceRuling";
        public static final String AWAIT_APPEAL = "ReceiveTask_AwaitAppeal";
        public static final String APPEAL_WINDOW_CLOSES = "BoundaryEvent_AppealWindowCloses";
        public static final String REVIEW_APPEAL = "UserTask_ReviewAppeal";
        public static final String APPEAL_REVIEW_OVERDUE = "BoundaryEvent_AppealReviewOverdue";
        public static final String ESCALATE_OVERDUE_APPEAL_REVIEW = "ServiceTask_EscalateOverdueAppealReview";
        public static final String RECORD_APPEAL_REVIEW = "ServiceTask_RecordAppealReview";
        public static final String MAKE_RULING_FINAL = "ServiceTask_MakeRulingFinal";

        private Element() {
        }
    }

    private EvidenceAndArbitration() {
    }
}
