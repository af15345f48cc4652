package org.complaintdesk.process;

/**
 * Names that {@code processes/complaint-handling.bpmn}, its decision tables, forms, the delegates and the
 * tests share. Change a name here and in the model together.
 */
public final class ComplaintHandling {

    public static final String PROCESS_KEY = "complaint-handling";
    /** The call activity for a failed negotiation. */
    public static final String EVIDENCE_AND_ARBITRATION = "evidence-and-arbitration";
    /** The call activity that carries out an agreed or ruled remedy. */
    public static final String REMEDY_EXECUTION = "remedy-execution";

    /** Process variables: ids, routing facts, and the summary the forms show. The complaint lives in our tables. */
    public static final class Var {
        public static final String COMPLAINT_NO = "complaintNo";
        public static final String CATEGORY = "category";
        public static final String CLASSIFICATION_CONFIDENCE = "classificationConfidence";
        public static final String CLASSIFICATION_CONFIDENT = "classificationConfident";
        public static final String SAFETY_HAZARD = "safetyHazard";
        public static final String TRIAGE_SEVERITY = "triageSeverity";
        public static final String REPEAT_COMPLAINTS = "repeatComplaints";
        /** From case-limits: earlier complaints of the customer within this period (ISO-8601) count as repeats. */
        public static final String REPEAT_COMPLAINT_WINDOW = "repeatComplaintWindow";
        /** From case-limits: how many offers the customer may reject before the platform intervenes. */
        public static final String OFFER_ROUNDS = "offerRounds";
        /** From case-limits: either side may appeal a ruling within this period (ISO-8601; zero: no appeals). */
        public static final String APPEAL_WINDOW = "appealWindow";
        /** From case-limits: the customer answers the survey within this period (ISO-8601). */
        public static final String SURVEY_WINDOW = "surveyWindow";
        /** From service-levels: the customer answers an offer within this period (ISO-8601); silence accepts it. */
        public static final String OFFER_REPLY = "offerReply";
        /** From service-levels: the merchant gives its side within this period (ISO-8601, calendar time). */
        public static final String MERCHANT_ANSWER_WITHIN = "merchantAnswerWithin";
        /** Set by "Ask merchant for its side": until when the merchant may answer. */
        public static final String MERCHANT_ANSWER_DUE = "merchantAnswerDue";
        /** The merchant's answer, one of {@link MerchantAnswer}: NO_ANSWER until it answers. */
        public static final String MERCHANT_ANSWER = "merchantAnswer";
        /** The remedy the customer's demand amounts to (a {@code RemedyKind} name), or null when none does. */
        public static final String DEMANDED_REMEDY = "demandedRemedy";
        /** From merchant-answer: one of {@link MerchantAnswerOutcome}. */
        public static final String MERCHANT_ANSWER_OUTCOME = "merchantAnswerOutcome";
        /** The merchant's answer in the desk's words, for the investigation form (no merchant text in it). */
        public static final String MERCHANT_ANSWER_TEXT = "merchantAnswerText";
        /** The merchant's statement, its own words: forms show it in a disabled field, never as Markdown. */
        public static final String MERCHANT_STATEMENT = "merchantStatement";
        /** From service-levels: the arbitrator rules within this period (ISO-8601), the task's due date. */
        public static final String RULING_WITHIN = "rulingWithin";
        /** From service-levels: supervisors review an appeal within this period (ISO-8601), the task's due date. */
        public static final String APPEAL_REVIEW_WITHIN = "appealReviewWithin";
        /** Set by "Send offer": a rejection of this offer hands the case to the platform. */
        public static final String FINAL_OFFER = "finalOffer";
        /** Set when a desk agent first takes the case; "Case taken?" at the first-response deadline tests it. */
        public static final String CASE_TAKEN = "caseTaken";
        /**
         * Whether the desk answered the customer by the first-response deadline: an agent took the case, or the
         * desk asked the merchant for its side and told the customer so. The gateway at the deadline tests it.
         */
        public static final String FIRST_RESPONSE_GIVEN = "firstResponseGiven";
        /** Set by "Weigh survey answer": one of {@link FollowUpOutcome}. */
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String SEVERITY = "severity";
        public static final String PRIORITY = "priority";
        public static final String DESK = "desk";
        public static final String MERCHANT_INVOLVED = "merchantInvolved";
        public static final String LIKELY_RESPONSIBLE_PARTY = "likelyResponsibleParty";
        public static final String FIRST_RESPONSE = "firstResponse";
        public static final String RESOLUTION = "resolution";
        public static final String CUSTOMER_REPLY = "customerReply";
        public static final String EVIDENCE_PERIOD = "evidencePeriod";
        public static final String RESOLUTION_IN_WORKING_TIME = "resolutionInWorkingTime";
        public static final String SUGGESTED_REMEDY = "suggestedRemedy";
        public static final String AMOUNT_CAP_PERCENT = "amountCapPercent";
        public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
        public static final String RESOLUTION_DUE = "resolutionDue";
        public static final String CUSTOMER_REPLY_DUE = "customerReplyDue";
        public static final String OWNER = "owner";
        public static final String ESCALATED = "escalated";
        public static final String FINDINGS = "findings";
        public static final String RESPONSIBLE_PARTY = "responsibleParty";
        public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
        public static final String INFORMATION_REQUEST = "informationRequest";
        public static final String REMEDY = "remedy";
        public static final String REMEDY_AMOUNT = "remedyAmount";
        public static final String REMEDY_AMOUNT_CAP = "remedyAmountCap";
        public static final String REMEDY_REASON = "remedyReason";
        public static final String AMOUNT_PAID = "amountPaid";
        public static final String OFFER_ID = "offerId";
        public static final String OFFER_REPLY_DUE = "offerReplyDue";
        public static final String OFFER_ACCEPTED = "offerAccepted";
        public static final String OFFERS_REJECTED = "offersRejected";
        public static final String LAST_OFFER = "lastOffer";
        public static final String CUSTOMER_COMMENT = "customerComment";
        public static final String INFORMATION_RECEIVED = "informationReceived";
        public static final String RULING_FINAL = "rulingFinal";
        public static final String REOPENED = "reopened";
        public static final String SOLVED = "solved";
        public static final String SURVEY_DUE = "surveyDue";
        public static final String EVIDENCE_DUE = "evidenceDue";
        public static final String APPEAL_DUE = "appealDue";
        public static final String APPEALS_ALLOWED = "appealsAllowed";
        public static final String ARBITRATOR = "arbitrator";
        public static final String RULING = "ruling";
        public static final String MERCHANT_SHARE = "merchantShare";
        public static final String RATIONALE = "rationale";
        public static final String APPEAL_DECISION = "appealDecision";
        public static final String APPEAL_REVIEWER = "appealReviewer";
        public static final String REFUND_ID = "refundId";
        public static final String REFUND_AMOUNT = "refundAmount";
        public static final String REFUND_DUE = "refundDue";
        public static final String REFUND_SETTLED = "refundSettled";
        public static final String REFUND_FAILED = "refundFailed";
        public static final String REFUND_ADAPTER = "refundAdapter";
        public static final String FULFILMENT_ADAPTER = "fulfilmentAdapter";
        public static final String COUPON_ADAPTER = "couponAdapter";
        public static final String PAYMENT_REFERENCE = "paymentReference";
        public static final String TRACKING_NO = "trackingNo";
        public static final String COUPON_CODE = "couponCode";
        public static final String RETURN_SHIP_DUE = "returnShipDue";
        public static final String INSPECTION_RESULT = "inspectionResult";
        public static final String INSPECTION_NOTES = "inspectionNotes";
        public static final String REFUND_DECISION = "refundDecision";

        private Var() {
        }
    }

    /** Values of {@link Var#INVESTIGATION_OUTCOME}. */
    public static final class Outcome {
        public static final String OFFER_REMEDY = "OFFER_REMEDY";
        public static final String REQUEST_INFORMATION = "REQUEST_INFORMATION";

        private Outcome() {
        }
    }

    /** Values of {@link Var#MERCHANT_ANSWER}: the decision table merchant-answer reads them. */
    public static final class MerchantAnswer {
        public static final String ACCEPT_DEMAND = "ACCEPT_DEMAND";
        public static final String PROPOSE_REMEDY = "PROPOSE_REMEDY";
        public static final String CONTEST = "CONTEST";
        /** The answer window passed in silence. */
        public static final String NO_ANSWER = "NO_ANSWER";

        private MerchantAnswer() {
        }
    }

    /** Values of {@link Var#MERCHANT_ANSWER_OUTCOME}: what the merchant's answer leads to. */
    public static final class MerchantAnswerOutcome {
        /** The customer's demand is carried out, as if agreed. */
        public static final String GRANT_DEMAND = "GRANT_DEMAND";
        /** The merchant's proposal goes to the customer as the desk's offer. */
        public static final String OFFER_MERCHANTS_PROPOSAL = "OFFER_MERCHANTS_PROPOSAL";
        /** The desk investigates, with the merchant's answer in the form. */
        public static final String DESK_INVESTIGATES = "DESK_INVESTIGATES";

        private MerchantAnswerOutcome() {
        }
    }

    /** Values of {@link Var#FOLLOW_UP_OUTCOME}. */
    public static final class FollowUpOutcome {
        /** Solved, or decided by a final ruling: the case closes. */
        public static final String CLOSE = "CLOSE";
        /** Not solved the first time: back to the owner. */
        public static final String REOPEN = "REOPEN";
        /** Not solved after reopening: the platform decides. */
        public static final String PLATFORM = "PLATFORM";

        private FollowUpOutcome() {
        }
    }

    /**
     * Decision tables the models evaluate, and the variable that pins each one's version for a case: intake
     * records the latest version of every table when the complaint arrives, and the business rule tasks
     * evaluate that version ({@code decisionRefBinding="version"}), so a table deployed later serves new
     * complaints while running ones keep theirs.
     */
    public static final class Decision {
        public static final String CASE_LIMITS = "case-limits";
        public static final String COMPLAINT_GRADING = "complaint-grading";
        public static final String COMPLAINT_ROUTING = "complaint-routing";
        public static final String SERVICE_LEVELS = "service-levels";
        public static final String REMEDY_SUGGESTION = "remedy-suggestion";
        /** What the merchant's answer, or its silence, leads to. */
        public static final String MERCHANT_ANSWER = "merchant-answer";

        /** {@code case-limits} → {@code caseLimitsVersion}: the variable the model's decisionRefVersion reads. */
        public static String versionVariable(String decisionKey) {
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char c : decisionKey.toCharArray()) {
                if (c == '-' || c == '_' || c == '.') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return name.append("Version").toString();
        }

        private Decision() {
        }
    }

    /** Message names the API correlates. */
    public static final class Message {
        public static final String CUSTOMER_REPLIED = "CustomerReplied";
        public static final String OFFER_ANSWERED = "OfferAnswered";
        public static final String COMPLAINT_WITHDRAWN = "ComplaintWithdrawn";
        public static final String CUSTOMER_INFORMATION_ADDED = "CustomerInformationAdded";
        public static final String EVIDENCE_COMPLETE = "EvidenceComplete";
        public static final String APPEAL_FILED = "AppealFiled";
        public static final String RETURN_SHIPPED = "ReturnShipped";
        public static final String REFUND_SETTLED = "RefundSettled";
        /** Finance's open task to pay by hand is withdrawn: the payment service settled the refund meanwhile. */
        public static final String REFUND_SETTLED_BY_PAYMENT_SERVICE = "RefundSettledByPaymentService";
        public static final String SURVEY_ANSWERED = "SurveyAnswered";
        public static final String MERCHANT_ANSWERED = "MerchantAnswered";

        private Message() {
        }
    }

    /** Element ids, for tests and for queries by activity. */
    public static final class Element {
        public static final String START_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
        public static final String REGISTER_COMPLAINT = "ServiceTask_RegisterComplaint";
        public static final String CLASSIFY_COMPLAINT = "ServiceTask_ClassifyComplaint";
        public static final String TRIAGE_COMPLAINT = "UserTask_TriageComplaint";
        public static final String GRADE_COMPLAINT = "BusinessRuleTask_GradeComplaint";
        public static final String ROUTE_COMPLAINT = "BusinessRuleTask_RouteComplaint";
        public static final String DETERMINE_CASE_LIMITS = "BusinessRuleTask_DetermineCaseLimits";
        public static final String DETERMINE_SERVICE_LEVELS = "BusinessRuleTask_DetermineServiceLevels";
        public static final String SUGGEST_REMEDY = "BusinessRuleTask_SuggestRemedy";
        public static final String OPEN_CASE = "ServiceTask_OpenCase";
        public static final String MERCHANT_INVOLVED = "Gateway_MerchantInvolved";
        public static final String ASK_MERCHANT = "ServiceTask_AskMerchant";
        public static final String AWAIT_MERCHANT_ANSWER = "ReceiveTask_AwaitMerchantAnswer";
        public static final String MERCHANT_ANSWER_DUE = "BoundaryEvent_MerchantAnswerDue";
        public static final String NOTE_MERCHANT_SILENCE = "ServiceTask_NoteMerchantSilence";
        public static final String WEIGH_MERCHANT_ANSWER = "BusinessRuleTask_WeighMerchantAnswer";
        public static final String GRANT_DEMAND = "ServiceTask_GrantDemand";
        public static final String OFFER_MERCHANTS_PROPOSAL = "ServiceTask_OfferMerchantsProposal";
        public static final String INVESTIGATE_COMPLAINT = "UserTask_InvestigateComplaint";
        /** Armed once per case when it opens, in a branch of its own (not on the investigation, which may loop). */
        public static final String FIRST_RESPONSE_DUE = "TimerEvent_FirstResponseDue";
        public static final String ESCALATE_COMPLAINT = "ServiceTask_EscalateComplaint";
        public static final String COMPLAINT_ESCALATED = "EndEvent_ComplaintEscalated";
        public static final String TAKEN_IN_TIME = "EndEvent_TakenInTime";
        public static final String REQUEST_INFORMATION = "ServiceTask_RequestInformation";
        public static final String AWAIT_CUSTOMER_REPLY = "ReceiveTask_AwaitCustomerReply";
        public static final String REPLY_OVERDUE = "BoundaryEvent_ReplyOverdue";
        public static final String RESUME_INVESTIGATION = "ServiceTask_ResumeInvestigation";
        public static final String SEND_OFFER = "ServiceTask_SendOffer";
        public static final String AWAIT_OFFER_RESPONSE = "ReceiveTask_AwaitOfferResponse";
        public static final String OFFER_REPLY_DUE = "BoundaryEvent_OfferReplyDue";
        public static final String ACCEPT_OFFER_BY_SILENCE = "ServiceTask_AcceptOfferBySilence";
        public static final String REVISE_OFFER = "UserTask_ReviseOffer";
        public static final String RECORD_AGREEMENT = "ServiceTask_RecordAgreement";
        public static final String HAND_OVER_TO_PLATFORM = "ServiceTask_HandOverToPlatform";
        public static final String EVIDENCE_AND_ARBITRATION = "CallActivity_EvidenceAndArbitration";
        public static final String CARRY_OUT_REMEDY = "CallActivity_CarryOutRemedy";
        public static final String SEND_SURVEY = "ServiceTask_SendSurvey";
        public static final String AWAIT_SURVEY = "ReceiveTask_AwaitSurvey";
        public static final String SURVEY_UNANSWERED = "BoundaryEvent_SurveyUnanswered";
        public static final String WEIGH_SURVEY_ANSWER = "ServiceTask_WeighSurveyAnswer";
        public static final String REOPEN_CASE = "ServiceTask_ReopenCase";
        public static final String BACK_TO_INVESTIGATION = "LinkEvent_BackToInvestigation";
        public static final String TO_PLATFORM = "LinkEvent_ToPlatform";
        public static final String CLOSE_CASE = "ServiceTask_CloseCase";
        public static final String ARCHIVE_CASE = "ServiceTask_ArchiveCase";
        public static final String CASE_CLOSED = "EndEvent_CaseClosed";
        public static final String ARCHIVE_WITHDRAWN_CASE = "ServiceTask_ArchiveWithdrawnCase";
        public static final String RECORD_WITHDRAWAL = "ServiceTask_RecordWithdrawal";
        public static final String COMPLAINT_WITHDRAWN = "EndEvent_ComplaintWithdrawn";
        public static final String INFORMATION_ADDED = "StartEvent_InformationAdded";
        public static final String NOTIFY_OWNER = "ServiceTask_NotifyOwner";

        private Element() {
        }
    }

    private ComplaintHandling() {
    }
}
