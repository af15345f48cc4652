package org.complaintdesk.process;

/**
 * Names that {@code processes/remedy-execution.bpmn}, its adapter processes ({@code processes/refund-by-*.bpmn},
 * {@code reshipment-by-*.bpmn}, {@code coupon-by-*.bpmn}), the decision {@code processes/remedy-limits.dmn}, the
 * delegates and the tests share. Change a name here and in the model together. Remedy-execution is called by
 * complaint-handling with the complaint number as business key and, by name, the variables it and its adapters
 * read (the call activities' {@code camunda:in} mappings; docs/DESIGN.md, "What a call activity passes on").
 */
public final class RemedyExecution {

    public static final String PROCESS_KEY = "remedy-execution";

    /** The decision table with the refund deadline and the return window, looked up once when a remedy starts. */
    public static final String REMEDY_LIMITS = "remedy-limits";

    /**
     * The adapter processes that carry out a payment, a reshipment or a coupon. Which one runs is configuration
     * ({@code complaint-desk.remedies.*.adapter}: {@code manual} or {@code http}); "Prepare remedy" writes the
     * chosen key into {@link Var#REFUND_PROCESS}, {@link Var#RESHIPMENT_PROCESS}, {@link Var#COUPON_PROCESS}.
     */
    public static final class Adapter {
        public static final String REFUND_BY_HAND = "refund-by-hand";
        public static final String REFUND_BY_PAYMENT_SERVICE = "refund-by-payment-service";
        public static final String RESHIPMENT_BY_HAND = "reshipment-by-hand";
        public static final String RESHIPMENT_BY_FULFILMENT_SERVICE = "reshipment-by-fulfilment-service";
        public static final String COUPON_BY_HAND = "coupon-by-hand";
        public static final String COUPON_BY_COUPON_SERVICE = "coupon-by-coupon-service";

        private Adapter() {
        }
    }

    /** Process variables of remedy-execution and its adapters (besides the case's, {@link ComplaintHandling.Var}). */
    public static final class Var {
        /** Which branch of "Which remedy?" runs: a {@code RemedyBranch} name, set by "Prepare remedy". */
        public static final String REMEDY_BRANCH = "remedyBranch";
        public static final String REFUND_PROCESS = "refundProcess";
        public static final String RESHIPMENT_PROCESS = "reshipmentProcess";
        public static final String COUPON_PROCESS = "couponProcess";
        /** Outputs of {@link #REMEDY_LIMITS}: ISO-8601 durations. */
        public static final String REFUND_WITHIN = "refundWithin";
        public static final String RETURN_SHIP_WITHIN = "returnShipWithin";
        public static final String REFUNDABLE_LEFT = "refundableLeft";
        /** After the inspection: {@code REFUND} (passed, within the amount paid) or {@code OWNER_DECIDES}. */
        public static final String INSPECTION_OUTCOME = "inspectionOutcome";
        /** Where a refund sent to the payment service stands: {@code SETTLED}, {@code FAILED} or {@code PENDING}. */
        public static final String REFUND_OUTCOME = "refundOutcome";

        private Var() {
        }
    }

    /** Element ids, for tests and for queries by activity. */
    public static final class Element {
        public static final String DETERMINE_REMEDY_LIMITS = "BusinessRuleTask_DetermineRemedyLimits";
        public static final String PREPARE_REMEDY = "ServiceTask_PrepareRemedy";
        public static final String WHICH_REMEDY = "Gateway_WhichRemedy";
        public static final String RECORD_REFUND_REQUEST = "ServiceTask_RecordRefundRequest";
        public static final String PAY_REFUND = "CallActivity_PayRefund";
        public static final String REFUND_OVERDUE = "BoundaryEvent_RefundOverdue";
        public static final String ESCALATE_REFUND = "ServiceTask_EscalateRefund";
        public static final String OVER_THE_AMOUNT_PAID = "SequenceFlow_RemedyOverTheAmountPaid";
        public static final String DECIDE_REFUND = "UserTask_DecideRefund";
        public static final String EXPLAIN_NO_REFUND = "ServiceTask_ExplainNoRefund";
        public static final String REQUEST_RETURN = "ServiceTask_RequestReturn";
        public static final String AWAIT_RETURN = "ReceiveTask_AwaitReturn";
        public static final String RETURN_NOT_SHIPPED = "BoundaryEvent_ReturnNotShipped";
        public static final String GOODS_NOT_SENT_BACK = "EndEvent_GoodsNotSentBack";
        public static final String INSPECT_RETURN = "UserTask_InspectReturn";
        public static final String CARRY_OUT_RESHIPMENT = "CallActivity_ShipReplacement";
        public static final String CARRY_OUT_COUPON = "CallActivity_GiveCoupon";
        public static final String SEND_APOLOGY = "ServiceTask_SendApology";
        public static final String CONFIRM_REMEDY = "ServiceTask_ConfirmRemedy";
        public static final String REMEDY_CARRIED_OUT = "EndEvent_RemedyCarriedOut";

        // ---- in the adapter processes
        /** refund-by-hand: finance pays by hand (also the fallback of refund-by-payment-service). */
        public static final String ISSUE_REFUND = "UserTask_IssueRefund";
        public static final String SETTLED_BY_PAYMENT_SERVICE = "BoundaryEvent_SettledByPaymentService";
        public static final String REFUND_SETTLED_BY_PAYMENT_SERVICE = "EndEvent_RefundSettledByPaymentService";
        /** refund-by-payment-service. */
        public static final String SEND_REFUND = "ServiceTask_SendRefund";
        public static final String AWAIT_SETTLEMENT = "ReceiveTask_AwaitSettlement";
        public static final String PAY_BY_HAND = "CallActivity_PayByHand";
        /** reshipment-by-hand and reshipment-by-fulfilment-service. */
        public static final String RESHIP_REPLACEMENT = "UserTask_ReshipReplacement";
        public static final String ORDER_REPLACEMENT = "ServiceTask_OrderReplacement";
        /** coupon-by-hand and coupon-by-coupon-service. */
        public static final String ISSUE_COUPON = "UserTask_IssueCoupon";
        public static final String ISSUE_COUPON_BY_SERVICE = "ServiceTask_IssueCouponByService";

        private Element() {
        }
    }

    private RemedyExecution() {
    }
}
