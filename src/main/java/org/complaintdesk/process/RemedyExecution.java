package org.complaintdesk.process;

/** Element ids of {@code processes/remedy-execution.bpmn}, called by complaint-handling. */
public final class RemedyExecution {

    public static final String PROCESS_KEY = "remedy-execution";

    public static final class Element {
        public static final String PREPARE_REMEDY = "ServiceTask_PrepareRemedy";
        public static final String REFUND = "SubProcess_Refund";
        public static final String RECORD_REFUND_REQUEST = "ServiceTask_RecordRefundRequest";
        public static final String SEND_REFUND = "ServiceTask_SendRefund";
        public static final String AWAIT_SETTLEMENT = "ReceiveTask_AwaitSettlement";
        public static final String ISSUE_REFUND = "UserTask_IssueRefund";
        public static final String REFUND_OVERDUE = "BoundaryEvent_RefundOverdue";
        public static final String ESCALATE_REFUND = "ServiceTask_EscalateRefund";
        public static final String REFUND_LIMIT_EXCEEDED = "BoundaryEvent_RefundLimitExceeded";
        public static final String DECIDE_REFUND = "UserTask_DecideRefund";
        public static final String EXPLAIN_NO_REFUND = "ServiceTask_ExplainNoRefund";
        public static final String REQUEST_RETURN = "ServiceTask_RequestReturn";
        public static final String AWAIT_RETURN = "ReceiveTask_AwaitReturn";
        public static final String RETURN_NOT_SHIPPED = "BoundaryEvent_ReturnNotShipped";
        public static final String INSPECT_RETURN = "UserTask_InspectReturn";
        public static final String RESHIP_REPLACEMENT = "UserTask_ReshipReplacement";
        public static final String ORDER_REPLACEMENT = "ServiceTask_OrderReplacement";
        public static final String ISSUE_COUPON = "UserTask_IssueCoupon";
        public static final String ISSUE_COUPON_BY_SERVICE = "ServiceTask_IssueCouponByService";
        public static final String SEND_APOLOGY = "ServiceTask_SendApology";
        public static final String CONFIRM_REMEDY = "ServiceTask_ConfirmRemedy";

        private Element() {
        }
    }

    private RemedyExecution() {
    }
}
