package org.complaintdesk.resolution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.complaint.CaseEvents;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerCredential;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.notification.Outbox;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.ProcessMessages;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.DeskGroups;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the decided remedy. Refunds go through the ledger: never more than the amount paid across all
 * remedies of a case, each with an idempotency key, settled manually (finance task) or by the payment
 * service's callback. Returns are shipped back by the customer and inspected by the warehouse first.
 */
@Service
public class RemedyExecution {

    private final ComplaintRepository complaints;
    private final RefundRepository refunds;
    private final RemedyActionRepository actions;
    private final RemedyServices services;
    private final RemedyProperties properties;
    private final CustomerTokens tokens;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Outbox outbox;
    private final CaseEvents events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RemedyExecution(ComplaintRepository complaints, RefundRepository refunds, RemedyActionRepository actions,
                    RemedyServices services, RemedyProperties properties, CustomerTokens tokens,
                    RuntimeService runtimeService, TaskService taskService, Outbox outbox, CaseEvents events,
                    Clock clock) {
        this.complaints = complaints;
        this.refunds = refunds;
        this.actions = actions;
        this.services = services;
        this.properties = properties;
        this.tokens = tokens;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- start and end

    /**
     * What the remedy-execution instance needs to run the decided remedy: its branch, the adapter processes that
     * configuration chose, and the deadlines from the limits the decision table gave when the remedy started.
     *
     * @param refundAdapter {@code manual} or {@code http}, recorded in the ledger with each refund
     * @param refundAmount  what the remedy refunds, or null
     */
    record RemedyPlan(RemedyKind remedy, RemedyBranch branch, String refundAdapter, String refundProcess,
                      String reshipmentProcess, String couponProcess, Instant refundDue, Instant returnShipDue,
                      BigDecimal refundAmount, BigDecimal refundableLeft) {
    }

    @Transactional
    RemedyPlan prepare(String complaintNo, RemedyLimits limits) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.remedyInProgress();
        RemedyKind remedy = complaint.getRemedy();
        events.record(complaint, CaseStep.REMEDY_STARTED, CaseEvents.SYSTEM, remedy
                + (complaint.getRemedyAmount() == null ? "" : " " + complaint.getRemedyAmount()));
        Instant decided = complaint.getDecidedAt() == null ? clock.instant() : complaint.getDecidedAt();
        BigDecimal refund = switch (remedy) {
            case REFUND_FULL, RETURN_AND_REFUND -> paid(complaint);
            case REFUND_PARTIAL -> complaint.getRemedyAmount();
            default -> null;
        };
        BigDecimal left = refundable(complaint);
        return new RemedyPlan(remedy, RemedyBranch.of(remedy, refund, left), properties.payments().adapter(),
                properties.refundProcess(), properties.reshipmentProcess(), properties.couponProcess(),
                decided.plus(limits.refundWithin()), clock.instant().plus(limits.returnShipWithin()), refund, left);
    }

    @Transactional
    void done(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        events.record(complaint, CaseStep.REMEDY_DONE, CaseEvents.SYSTEM, String.valueOf(complaint.getRemedy()));
        outbox.notifyCustomer(complaint, "remedy-done", complaintNo, complaint.getCustomer().getName());
    }

    // ---------------------------------------------------------------- refunds

    /**
     * Records the refund in the ledger. The model sends a refund over what is left of the amount paid to the case
     * owner before it gets here ("Prepare remedy", the inspection, "Decide on refund" check it); should one arrive all
     * the same, nothing is recorded and the step fails: an incident, never a payment over the amount paid.
     *
     * @return the refund id
     */
    @Transactional
    String requestRefund(String complaintNo, BigDecimal amount, String adapter, String requestedBy) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        BigDecimal left = refundable(complaint);
        if (!RemedyBranch.withinAmountPaid(amount, left)) {
            throw new IllegalStateException("Refund of " + amount + " for " + complaintNo
                    + " exceeds what is left of the amount paid: " + left + "; nothing was recorded");
        }
        String refundId = complaintNo + "-R" + (refunds.countByComplaintId(complaint.getId()) + 1);
        Refund refund = refunds.save(new Refund(refundId, complaint.getId(), amount.setScale(2, RoundingMode.HALF_UP),
                currency(complaint), adapter, requestedBy, clock.instant()));
        events.record(complaint, CaseStep.REFUND_REQUESTED, requestedBy, refundId + ": " + refund.getAmount()
                + " " + refund.getCurrency() + " (" + adapter + ")");
        return refundId;
    }

    /** The http adapter: hands the refund to the payment service, with its refund id as idempotency key. */
    @Transactional
    RefundOutcome sendRefund(String refundId) {
        Refund refund = refunds.findByRefundId(refundId).orElseThrow();
        Complaint complaint = complaints.findById(refund.getComplaintId()).orElseThrow();
        if (refund.getState() == RefundState.SETTLED || refund.getState() == RefundState.FAILED) {
            return RefundOutcome.of(refund); // the callback came before this job: never ask to pay again
        }
        RemedyServices.RefundReceipt receipt = services.refund(refundId, complaint.getComplaintNo(),
                complaint.hasOrder() ? complaint.getOrder().getOrderNo() : null, refund.getAmount(), refund.getCurrency());
        refund.sent(receipt.reference(), clock.instant());
        events.record(complaint, CaseStep.REFUND_SENT, Refund.PAYMENT_SERVICE, refundId + " accepted, reference "
                + receipt.reference());
        if (receipt.isSettled() && refund.settled(receipt.reference(), Refund.PAYMENT_SERVICE, clock.instant())) {
            events.record(complaint, CaseStep.REFUND_SETTLED, Refund.PAYMENT_SERVICE, refundId);
        }
        return RefundOutcome.of(refund);
    }

    /**
     * The payment service's callback. Repeated callbacks change nothing. A settlement ends the refund wherever the
     * case is: the wait for it, or finance's open task to pay by hand (withdrawn, so nobody pays a second time —
     * also when the service settles after it reported a failure). A settlement of a refund finance already paid by
     * hand is refused and flagged to finance: the money moved twice outside the desk, and must be recovered.
     */
    @Transactional
    public Settlement settlement(String refundId, boolean settled, String reference, String reason) {
        Refund refund = refunds.findByRefundId(refundId)
                .orElseThrow(() -> new org.complaintdesk.system.ApiProblem(org.springframework.http.HttpStatus.NOT_FOUND,
                        "refund-not-found", "Refund not found", "No refund " + refundId));
        Complaint complaint = complaints.findById(refund.getComplaintId()).orElseThrow();
        if (settled && refund.isPaidByHand()) {
            events.record(complaint, CaseStep.REFUND_DUPLICATE_REPORTED, Refund.PAYMENT_SERVICE, refundId
                    + " reported settled (reference " + reference + ") after " + refund.getSettledBy()
                    + " paid it by hand (reference " + refund.getProviderReference() + ")");
            outbox.notifyStaff(complaint.getComplaintNo(), properties.financeSupervisors(), "refund-paid-twice",
                    complaint.getComplaintNo(), refundId, refund.getSettledBy(), refund.getProviderReference(), reference);
            return new Settlement(refund, true);
        }
        boolean changed = settled ? refund.settled(reference, Refund.PAYMENT_SERVICE, clock.instant())
                : refund.failed(reason);
        if (!changed) {
            if (settled != (refund.getState() == RefundState.SETTLED)) {
                throw new ConflictException("refund-already-" + refund.getState().name().toLowerCase(),
                        "Refund " + refundId + " is already " + refund.getState() + "; nothing was changed.");
            }
            return new Settlement(refund, false);
        }
        events.record(complaint, settled ? CaseStep.REFUND_SETTLED : CaseStep.REFUND_FAILED, Refund.PAYMENT_SERVICE,
                refundId + (settled ? " settled, reference " + reference : " failed: " + reason));
        refunds.flush(); // the version check decides a race with finance paying by hand, here
        boolean awaited = ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.REFUND_SETTLED,
                complaint.getComplaintNo(), Map.of(org.complaintdesk.process.RemedyExecution.Var.REFUND_OUTCOME, RefundOutcome.of(refund).name()));
        if (settled && !awaited) {
            ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.REFUND_SETTLED_BY_PAYMENT_SERVICE,
                    complaint.getComplaintNo(), Map.of(), Map.of(Var.REFUND_ID, refundId));
        }
        return new Settlement(refund, false);
    }

    /**
     * @param paidTwice the refund had been paid by hand already: the report was not recorded, finance was alerted
     *                  (committed), and the payment service is told so (409)
     */
    public record Settlement(Refund refund, boolean paidTwice) {
    }

    /** The manual adapter: finance paid it by hand and records the payment system's reference. */
    @Transactional
    void refundedByHand(String complaintNo, String refundId, Object reference, String agent) {
        if (reference == null || reference.toString().isBlank() || reference.toString().length() > 200) {
            throw new InvalidRequestException(Var.PAYMENT_REFERENCE, "the payment system's reference is required");
        }
        Refund refund = refunds.findByRefundId(refundId).orElseThrow();
        if (refund.getState() == RefundState.SETTLED) {
            throw new ConflictException("refund-already-settled", "Refund " + refundId + " was already settled by "
                    + refund.getSettledBy() + " (reference " + refund.getProviderReference() + ") at "
                    + refund.getSettledAt() + ". Do not pay it; if you did, reverse that payment.");
        }
        refund.settled(reference.toString().strip(), agent, clock.instant());
        events.record(complaints.getByComplaintNo(complaintNo), CaseStep.REFUND_SETTLED, agent,
                refundId + " paid by hand, reference " + reference);
        refunds.flush(); // the version check decides a race with the payment service's settlement, here
    }

    /**
     * The refund deadline passed: the open refund tasks of the case (in whichever adapter process pays it) go to the
     * supervisors too, and finance is alerted.
     */
    @Transactional
    void escalateRefund(String complaintNo, Duration refundWithin) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(complaintNo)
                .taskDefinitionKey(org.complaintdesk.process.RemedyExecution.Element.ISSUE_REFUND).list()) {
            taskService.addCandidateGroup(task.getId(), DeskGroups.SUPERVISORS);
            task.setPriority(Math.max(task.getPriority(), 95));
            taskService.saveTask(task);
        }
        events.record(complaint, CaseStep.REFUND_ESCALATED, CaseEvents.SYSTEM, "refund not done within "
                + refundWithin + " of the decision");
        outbox.notifyStaff(complaintNo, properties.financeSupervisors(), "refund-overdue", complaintNo,
                refundWithin, complaint.getDecidedAt());
    }

    // ---------------------------------------------------------------- returns

    /** @param shipBy when the return window ("Determine remedy limits") closes */
    @Transactional
    void requestReturn(String complaintNo, Instant shipBy) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        actions.save(new RemedyAction(complaintNo + "-RETURN-" + clock.millis(), complaint.getId(), RemedyAction.RETURN,
                "REQUESTED", null, clock.instant()));
        events.record(complaint, CaseStep.RETURN_REQUESTED, CaseEvents.SYSTEM, "ship back by " + shipBy);
        outbox.notifyCustomer(complaint, "return-instructions", complaintNo, complaint.getCustomer().getName(),
                Math.max(1, Duration.between(clock.instant(), shipBy).plusHours(1).toDays()));
    }

    /** The customer tells how the goods travel back. */
    @Transactional
    public RemedyAction returnShipped(String complaintNo, String token, String courier, String trackingNo) {
        return returnShipped(complaintNo, CustomerCredential.token(token), courier, trackingNo);
    }

    /** The customer tells how the goods travel back, from the API or the case page; the same rules. */
    @Transactional
    public RemedyAction returnShipped(String complaintNo, CustomerCredential customer, String courier,
                                      String trackingNo) {
        if (courier == null || courier.isBlank() || courier.length() > 100) {
            throw new InvalidRequestException("courier", "is required (at most 100 characters)");
        }
        if (trackingNo == null || !trackingNo.strip().matches("[A-Za-z0-9-]{4,60}")) {
            throw new InvalidRequestException("trackingNo", "must be 4 to 60 letters, digits or dashes");
        }
        Complaint complaint = tokens.complaintFor(complaintNo, customer);
        RemedyAction action = actions.findFirstByComplaintIdAndKindOrderByIdDesc(complaint.getId(), RemedyAction.RETURN)
                .filter(a -> "REQUESTED".equals(a.getState()))
                .orElseThrow(() -> new ConflictException("no-return-expected", "Complaint " + complaintNo
                        + " expects no goods back; nothing was recorded."));
        action.update("SHIPPED", trackingNo.strip(), "courier " + courier.strip(), CaseEvents.CUSTOMER, clock.instant(),
                false);
        events.record(complaint, CaseStep.RETURN_SHIPPED, CaseEvents.CUSTOMER, courier.strip() + " " + trackingNo.strip());
        actions.flush();
        if (!ProcessMessages.correlateIfWaiting(runtimeService, ComplaintHandling.Message.RETURN_SHIPPED, complaintNo,
                Map.of(Var.TRACKING_NO, trackingNo.strip()))) {
            throw new ConflictException("no-return-expected", "Complaint " + complaintNo
                    + " no longer waits for the goods; nothing was recorded.");
        }
        return action;
    }

    @Transactional
    void returnNotShipped(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        actions.findFirstByComplaintIdAndKindOrderByIdDesc(complaint.getId(), RemedyAction.RETURN)
                .ifPresent(a -> a.update("NOT_SHIPPED", null, "not shipped in time", CaseEvents.SYSTEM, clock.instant(), true));
        events.record(complaint, CaseStep.RETURN_NOT_SHIPPED, CaseEvents.SYSTEM, "the goods were not sent back in time");
        outbox.notifyCustomer(complaint, "return-not-shipped", complaintNo, complaint.getCustomer().getName());
    }

    /**
     * After the inspection: {@code REFUND} the amount paid, or {@code OWNER_DECIDES} (the goods failed, or the case was
     * refunded in part already so the amount paid would be too much).
     */
    enum InspectionOutcome { REFUND, OWNER_DECIDES }

    /** @param refundableLeft what is left of the amount paid, for the owner's decision */
    record Inspection(InspectionOutcome outcome, BigDecimal refundableLeft) {
    }

    /** The warehouse's inspection: PASS refunds the amount paid; FAIL goes back to the owner with the report. */
    @Transactional
    Inspection inspected(String complaintNo, Object result, Object notes, String inspector) {
        String outcome = String.valueOf(result);
        if (!"PASS".equals(outcome) && !"FAIL".equals(outcome)) {
            throw new InvalidRequestException(Var.INSPECTION_RESULT, "must be PASS or FAIL");
        }
        String text = notes == null ? "" : notes.toString().strip();
        if ("FAIL".equals(outcome) && text.isEmpty()) {
            throw new InvalidRequestException(Var.INSPECTION_NOTES, "say what failed the inspection");
        }
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        actions.findFirstByComplaintIdAndKindOrderByIdDesc(complaint.getId(), RemedyAction.RETURN)
                .ifPresent(a -> a.update("INSPECTED_" + outcome, null, text, inspector, clock.instant(), true));
        events.record(complaint, CaseStep.RETURN_INSPECTED, inspector, outcome + (text.isEmpty() ? "" : ": " + text));
        BigDecimal left = refundable(complaint);
        boolean refund = "PASS".equals(outcome) && RemedyBranch.withinAmountPaid(paid(complaint), left);
        return new Inspection(refund ? InspectionOutcome.REFUND : InspectionOutcome.OWNER_DECIDES, left);
    }

    /**
     * After a failed inspection, or when a refund would exceed the amount paid, the owner decides: refund an
     * amount (at most what is left of the amount paid), or no refund (with a reason for the customer).
     *
     * @return the amount to refund, or null for none
     */
    @Transactional(readOnly = true)
    BigDecimal refundDecision(String complaintNo, Object decision, Object amount, Object reason) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        if ("NO_REFUND".equals(decision)) {
            if (reason == null || reason.toString().isBlank()) {
                throw new InvalidRequestException(Var.REMEDY_REASON, "tell the customer why there is no refund");
            }
            return null;
        }
        if (!"REFUND".equals(decision)) {
            throw new InvalidRequestException(Var.REFUND_DECISION, "must be REFUND or NO_REFUND");
        }
        BigDecimal value;
        try {
            value = amount == null || amount.toString().isBlank() ? null : new BigDecimal(amount.toString());
        } catch (NumberFormatException e) {
            value = null;
        }
        BigDecimal left = refundable(complaint);
        if (value == null || value.signum() <= 0 || value.compareTo(left) > 0) {
            throw new InvalidRequestException(Var.REFUND_AMOUNT, "must be more than 0 and at most " + left);
        }
        return value;
    }

    @Transactional
    void noRefund(String complaintNo, Object reason) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        outbox.notifyCustomer(complaint, "no-refund", complaintNo, complaint.getCustomer().getName(),
                reason == null ? "" : reason.toString());
    }

    // ---------------------------------------------------------------- exchange, coupon, apology

    @Transactional
    void reshipped(String complaintNo, Object trackingNo, String actor, String adapter) {
        if (trackingNo == null || !trackingNo.toString().strip().matches("[A-Za-z0-9-]{4,60}")) {
            throw new InvalidRequestException(Var.TRACKING_NO, "the new parcel's tracking number is required");
        }
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        record(complaint, RemedyAction.RESHIPMENT, adapter, trackingNo.toString().strip(), actor);
        events.record(complaint, CaseStep.REPLACEMENT_SHIPPED, actor, "tracking " + trackingNo);
        outbox.notifyCustomer(complaint, "replacement-shipped", complaintNo, complaint.getCustomer().getName(),
                trackingNo.toString().strip());
    }

    @Transactional
    void reshipByService(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        String tracking = services.reship(complaintNo + "-RESHIP", complaintNo,
                complaint.hasOrder() ? complaint.getOrder().getOrderNo() : null,
                complaint.hasOrder() ? complaint.getOrder().getProductName() : null);
        reshipped(complaintNo, tracking, "fulfilment-service", RemedyProperties.HTTP);
    }

    @Transactional
    void couponIssued(String complaintNo, Object code, String actor, String adapter) {
        if (code == null || code.toString().isBlank() || code.toString().length() > 100) {
            throw new InvalidRequestException(Var.COUPON_CODE, "the coupon code is required");
        }
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        record(complaint, RemedyAction.COUPON, adapter, code.toString().strip(), actor);
        events.record(complaint, CaseStep.COUPON_ISSUED, actor, complaint.getRemedyAmount() + " " + currency(complaint));
        outbox.notifyCustomer(complaint, "coupon-issued", complaintNo, complaint.getCustomer().getName(),
                code.toString().strip(), String.valueOf(complaint.getRemedyAmount()), currency(complaint));
    }

    @Transactional
    void couponByService(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        String code = services.issueCoupon(complaintNo + "-COUPON", complaintNo, complaint.getCustomer().getId(),
                complaint.getRemedyAmount(), currency(complaint));
        couponIssued(complaintNo, code, "coupon-service", RemedyProperties.HTTP);
    }

    @Transactional
    void apologise(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        record(complaint, RemedyAction.APOLOGY, null, null, CaseEvents.SYSTEM);
        events.record(complaint, CaseStep.APOLOGY_SENT, CaseEvents.SYSTEM, null);
        outbox.notifyCustomer(complaint, "apology", complaintNo, complaint.getCustomer().getName());
    }

    private void record(Complaint complaint, String kind, String adapter, String reference, String actor) {
        String key = complaint.getComplaintNo() + "-" + kind;
        RemedyAction action = actions.findByActionKey(key)
                .orElseGet(() -> actions.save(new RemedyAction(key, complaint.getId(), kind, "REQUESTED", adapter,
                        clock.instant())));
        action.update("DONE", reference, null, actor, clock.instant(), true);
    }

    private BigDecimal refundable(Complaint complaint) {
        BigDecimal paid = paid(complaint);
        return paid == null ? BigDecimal.ZERO : paid.subtract(refunds.committed(complaint.getId())).max(BigDecimal.ZERO);
    }

    private static BigDecimal paid(Complaint complaint) {
        return complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null;
    }

    private static String currency(Complaint complaint) {
        return complaint.hasOrder() && complaint.getOrder().getCurrency() != null ? complaint.getOrder().getCurrency() : "CNY";
    }
}
