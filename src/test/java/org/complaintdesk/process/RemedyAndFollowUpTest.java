package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.archive.CaseRecordRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.resolution.RefundRepository;
import org.complaintdesk.resolution.RefundState;
import org.complaintdesk.resolution.RemedyActionRepository;
import org.complaintdesk.support.Answers;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Agreed remedy → carried out by hand (manual adapters, the default) → survey → closed and archived. */
@DeskTest
class RemedyAndFollowUpTest extends ProcessTestSupport {

    static final String REMEDY = org.complaintdesk.process.RemedyExecution.PROCESS_KEY;

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RefundRepository refunds;

    @Autowired
    RemedyActionRepository actions;

    @Autowired
    CaseRecordRepository library;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    /** Files, investigates, offers the remedy; the customer accepts: the remedy execution runs. */
    private Case agreed(String remedy, Double amount) {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        investigateAndOffer(filed.pi(), "quinn", remedy, amount);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        assertThat(customer.answerOffer(true).status()).isEqualTo(200);
        return new Case(filed, customer, called(filed.pi(), REMEDY));
    }

    record Case(Filed filed, Customer customer, ProcessInstance remedy) {
        ProcessInstance pi() {
            return filed.pi();
        }

        String no() {
            return filed.complaintNo();
        }
    }

    @Test
    void partialRefund_paidByFinance_solved_closedResolvedAndArchived() {
        Case c = agreed("REFUND_PARTIAL", 50.0);
        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.PAY_REFUND)
                .variables().containsEntry(RemedyExecution.Var.REMEDY_BRANCH, "REFUND");
        assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(c))).hasCandidateGroup("finance-desk");
        var ledger = refunds.findByComplaintIdOrderByIdAsc(id(c));
        assertThat(ledger).singleElement().satisfies(r -> {
            assertThat(r.getAmount()).isEqualByComparingTo("50.00");
            assertThat(r.getState()).isEqualTo(RefundState.REQUESTED);
            assertThat(r.getRefundId()).isEqualTo(c.no() + "-R1");
        });

        work(byHand(c), RemedyExecution.Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-778"));

        assertThat(c.remedy()).isEnded().hasPassed(RemedyExecution.Element.CONFIRM_REMEDY);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(id(c)).get(0).getState()).isEqualTo(RefundState.SETTLED);
        assertThat(c.pi()).hasPassed(Element.CARRY_OUT_REMEDY, Element.SEND_SURVEY).isWaitingAt(Element.AWAIT_SURVEY);
        assertThat(status(c)).isEqualTo(ComplaintStatus.AWAITING_FEEDBACK);

        assertThat(c.customer().survey(true, 5).status()).isEqualTo(200);

        assertThat(c.pi()).hasPassed(Element.CLOSE_CASE, Element.ARCHIVE_CASE, Element.CASE_CLOSED).isEnded();
        var complaint = complaints.getByComplaintNo(c.no());
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.getOutcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(library.findById(id(c))).hasValueSatisfying(record -> {
            assertThat(record.getOutcome()).isEqualTo(Outcome.RESOLVED);
            assertThat(record.getRefundedAmount()).isEqualByComparingTo("50.00");
            assertThat(record.getSatisfactionScore()).isEqualTo(5);
            assertThat(record.getOffersMade()).isEqualTo(1);
            assertThat(record.getOwnerId()).isEqualTo("quinn");
            assertThat(record.isArbitrated()).isFalse();
        });
    }

    /** Variables of the case that no called process reads: the negotiation, the case's own rules and deadlines. */
    static final String[] CASE_ONLY = {"findings", "investigationOutcome", "offerId", "offerReplyDue", "lastOffer",
            "offerAccepted", "caseLimitsVersion", "serviceLevelsVersion", "firstResponseDue", "offerReply"};

    @Test
    void theRemedyAndItsAdapter_receiveWhatTheyRead_notTheWholeCase() {
        Case c = agreed("REFUND_PARTIAL", 50.0);
        Map<String, Object> theCase = runtimeService().getVariables(c.pi().getId());
        Map<String, Object> remedy = runtimeService().getVariables(c.remedy().getId());
        Map<String, Object> payment = runtimeService().getVariables(byHand(c).getId());

        assertThat(theCase).containsKeys(CASE_ONLY);
        assertThat(remedy).doesNotContainKeys(CASE_ONLY)
                .containsEntry(ComplaintHandling.Var.COMPLAINT_NO, c.no())
                .containsEntry(ComplaintHandling.Var.REMEDY, "REFUND_PARTIAL")
                .containsEntry(ComplaintHandling.Var.REMEDY_AMOUNT, 50.0)
                .containsEntry("customerName", "Ana Lima")
                .containsKey("remedyLimitsVersion");
        assertThat(remedy.size()).isLessThan(theCase.size());
        // the adapter gets the refund to pay, not how remedy-execution chose it
        assertThat(payment).doesNotContainKeys(CASE_ONLY)
                .doesNotContainKeys(RemedyExecution.Var.REMEDY_BRANCH, RemedyExecution.Var.REFUND_PROCESS,
                        RemedyExecution.Var.REFUND_WITHIN, "remedyLimits", "remedyLimitsVersion", "refundAdapter")
                .containsEntry(ComplaintHandling.Var.REFUND_ID, c.no() + "-R1")
                .containsEntry(ComplaintHandling.Var.REFUND_AMOUNT, 50.0)
                .containsKey(ComplaintHandling.Var.REFUND_DUE);
        // and finance's form shows the whole case
        Task issueRefund = task(RemedyExecution.Element.ISSUE_REFUND, byHand(c));
        assertThat(unfilledFormFields(issueRefund)).isEmpty();
        assertThat(taskService().getVariables(issueRefund.getId()))
                .containsEntry("productName", "Desk lamp")
                .containsEntry("categoryLabel", "Product quality")
                .containsEntry("amountPaidText", "200.00 CNY")
                .containsEntry("refundAmountText", "50.00 CNY");
    }

    @Test
    void everyTaskOfARemedy_showsTheWholeCaseInItsForm() {
        Case exchange = agreed("EXCHANGE", null);
        assertThat(unfilledFormFields(task(RemedyExecution.Element.RESHIP_REPLACEMENT,
                adapter(exchange, RemedyExecution.Adapter.RESHIPMENT_BY_HAND)))).isEmpty();

        Case coupon = agreed("COMPENSATION_COUPON", 30.0);
        Task issueCoupon = task(RemedyExecution.Element.ISSUE_COUPON, adapter(coupon, RemedyExecution.Adapter.COUPON_BY_HAND));
        assertThat(unfilledFormFields(issueCoupon)).isEmpty();
        assertThat(taskService().getVariable(issueCoupon.getId(), "remedyAmountText")).isEqualTo("30.00 CNY");

        Case giveBack = agreed("RETURN_AND_REFUND", null);
        giveBack.customer().post("/return-shipment", "{\"courier\": \"YTO\", \"trackingNo\": \"YT-8888\"}");
        continueAfterMessage(giveBack.remedy());
        Task inspect = task(RemedyExecution.Element.INSPECT_RETURN, giveBack.remedy());
        assertThat(unfilledFormFields(inspect)).isEmpty();
        assertThat(taskService().getVariable(inspect.getId(), "trackingNo")).isEqualTo("YT-8888");
        work(giveBack.remedy(), RemedyExecution.Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "FAIL",
                "inspectionNotes", "Cracked base."));
        Task decide = task(RemedyExecution.Element.DECIDE_REFUND, giveBack.remedy());
        assertThat(unfilledFormFields(decide)).isEmpty();
        assertThat(taskService().getVariables(decide.getId()))
                .containsEntry("inspectionNotes", "Cracked base.")
                .containsEntry("owner", "quinn")
                .containsEntry("deskLabel", "Quality desk");
    }

    @Test
    void failureAfterTheSurveyAnswer_isARetriedJobAndAnIncident_neverAnErrorForTheCustomer() {
        Case c = agreed("REFUND_PARTIAL", 50.0);
        work(byHand(c), RemedyExecution.Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-779"));
        assertThat(c.pi()).isWaitingAt(Element.AWAIT_SURVEY);
        // the step after the answer will fail: the case's record of an earlier reopening cannot be read
        processEngine.getRuntimeService().setVariable(c.pi().getId(), ComplaintHandling.Var.REOPENED, "unreadable");
        Customer byHand = new Customer(desk, c.no(), c.filed().token()); // the job executor does not run in tests

        DeskClient.Response answer = byHand.survey(false, 2);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(byHand.caseFile().body()).contains("SURVEY_ANSWERED"); // the answer is kept
        Job continuation = Answers.next(processEngine, c.no());
        assertThat(continuation).isNotNull();
        assertThat(continuation.getRetries()).isEqualTo(3);
        var management = processEngine.getManagementService();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(continuation.getId())).hasMessageContaining("reopened");
        }
        assertThat(management.createJobQuery().jobId(continuation.getId()).singleResult().getRetries()).isZero();
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(c.pi().getId()).list())
                .singleElement().satisfies(incident -> assertThat(incident.getFailedActivityId())
                        .isEqualTo(Element.WEIGH_SURVEY_ANSWER));

        // repaired and retried from Cockpit: the case goes on with the answer it kept
        processEngine.getRuntimeService().setVariable(c.pi().getId(), ComplaintHandling.Var.REOPENED, false);
        management.setJobRetries(continuation.getId(), 1);
        management.executeJob(continuation.getId());
        assertThat(c.pi()).hasPassed(Element.WEIGH_SURVEY_ANSWER, Element.REOPEN_CASE)
                .isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void exchange_reshippedByWarehouse_unsolved_reopensToTheOwnerWithHigherPriority() {
        Case c = agreed("EXCHANGE", null);
        int before = complaints.getByComplaintNo(c.no()).getPriority();
        ProcessInstance reshipment = adapter(c, RemedyExecution.Adapter.RESHIPMENT_BY_HAND);
        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.CARRY_OUT_RESHIPMENT);
        assertThat(task(RemedyExecution.Element.RESHIP_REPLACEMENT, reshipment)).hasCandidateGroup("warehouse");

        work(reshipment, RemedyExecution.Element.RESHIP_REPLACEMENT, "wes", Map.of("trackingNo", "SF-998877"));
        assertThat(outbox.findByComplaintNoOrderByIdAsc(c.no())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("replacement-shipped");
            assertThat(m.getBody()).contains("SF-998877");
        });
        c.customer().survey(false, 2);

        assertThat(c.pi()).hasPassed(Element.REOPEN_CASE).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(task(Element.INVESTIGATE_COMPLAINT, c.pi())).isAssignedTo("quinn");
        assertThat(task(Element.INVESTIGATE_COMPLAINT, c.pi()).getPriority()).isGreaterThan(before);
        var complaint = complaints.getByComplaintNo(c.no());
        assertThat(complaint.isReopened()).isTrue();
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.OPEN);
    }

    @Test
    void unsolvedAgainAfterReopening_goesToThePlatform() {
        Case c = agreed("APOLOGY", null);
        c.customer().survey(false, 1);
        investigateAndOffer(c.pi(), "quinn", "APOLOGY", null);
        c.customer().answerOffer(true);

        c.customer().survey(false, 1);

        assertThat(c.pi()).hasPassed(Element.HAND_OVER_TO_PLATFORM).isWaitingAt(Element.EVIDENCE_AND_ARBITRATION);
    }

    @Test
    void coupon_issuedByTheServiceDesk_noSurveyAnswer_closedAsNoFeedback() {
        Case c = agreed("COMPENSATION_COUPON", 30.0);
        ProcessInstance coupon = adapter(c, RemedyExecution.Adapter.COUPON_BY_HAND);
        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.CARRY_OUT_COUPON);
        assertThat(task(RemedyExecution.Element.ISSUE_COUPON, coupon)).hasCandidateGroup("service-desk");

        work(coupon, RemedyExecution.Element.ISSUE_COUPON, "sam", Map.of("couponCode", "SORRY-30"));
        execute(job(Element.SURVEY_UNANSWERED, c.pi()));

        assertThat(c.pi()).isEnded().hasPassed(Element.CLOSE_CASE);
        assertThat(complaints.getByComplaintNo(c.no()).getOutcome()).isEqualTo(Outcome.NO_FEEDBACK);
        assertThat(library.findById(id(c)).orElseThrow().getOutcome()).isEqualTo(Outcome.NO_FEEDBACK);
        assertThat(actions.findByComplaintIdOrderByIdAsc(id(c))).anySatisfy(a -> assertThat(a.getReference()).isEqualTo("SORRY-30"));
    }

    @Test
    void apology_isSentWithoutAnyTask() {
        Case c = agreed("APOLOGY", null);

        assertThat(c.remedy()).isNull(); // no task to wait for: it ran through at once
        assertThat(outbox.findByComplaintNoOrderByIdAsc(c.no())).anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("apology"));
        assertThat(c.pi()).isWaitingAt(Element.AWAIT_SURVEY);
    }

    @Test
    void rejectedComplaint_acceptedByTheCustomer_hasNothingToCarryOut() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken lamp."));
        work(filed.pi(), Element.INVESTIGATE_COMPLAINT, "quinn", Map.of("findings", "Customer dropped it.", "responsibleParty",
                "CUSTOMER", "investigationOutcome", "OFFER_REMEDY", "remedy", "REJECT", "remedyReason",
                "The photos show impact damage."));
        new Customer(desk, filed.complaintNo(), filed.token(), processEngine).answerOffer(true);

        assertThat(called(filed.pi(), REMEDY)).isNull(); // it ran through at once
        assertThat(filed.pi()).hasPassed(Element.CARRY_OUT_REMEDY).isWaitingAt(Element.AWAIT_SURVEY);
    }

    @Test
    void returnAndRefund_inspectionPass_refundsTheAmountPaid() {
        Case c = agreed("RETURN_AND_REFUND", null);
        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.AWAIT_RETURN);

        var shipped = c.customer().post("/return-shipment", "{\"courier\": \"SF Express\", \"trackingNo\": \"SF-1234-RET\"}");
        assertThat(shipped.status()).isEqualTo(200);
        continueAfterMessage(c.remedy());
        assertThat(task(RemedyExecution.Element.INSPECT_RETURN, c.remedy())).hasCandidateGroup("warehouse");
        work(c.remedy(), RemedyExecution.Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "PASS",
                "inspectionNotes", "As described by the customer."));

        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.PAY_REFUND)
                .hasPassed(RemedyExecution.Element.RECORD_REFUND_REQUEST);
        assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(c))).isNotNull();
        assertThat(refunds.findByComplaintIdOrderByIdAsc(id(c)).get(0).getAmount()).isEqualByComparingTo("200.00");
    }

    @Test
    void returnAndRefund_inspectionFail_goesBackToTheOwner_whoDecidesNoRefund() {
        Case c = agreed("RETURN_AND_REFUND", null);
        c.customer().post("/return-shipment", "{\"courier\": \"YTO\", \"trackingNo\": \"YT-5555\"}");
        continueAfterMessage(c.remedy());

        work(c.remedy(), RemedyExecution.Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "FAIL",
                "inspectionNotes", "Water damage, not a manufacturing fault."));

        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.DECIDE_REFUND);
        assertThat(task(RemedyExecution.Element.DECIDE_REFUND, c.remedy())).isAssignedTo("quinn");
        work(c.remedy(), RemedyExecution.Element.DECIDE_REFUND, "quinn", Map.of("refundDecision", "NO_REFUND",
                "remedyReason", "The inspection found water damage."));

        assertThat(c.remedy()).isEnded().hasPassed(RemedyExecution.Element.EXPLAIN_NO_REFUND);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(id(c))).isEmpty();
        assertThat(outbox.findByComplaintNoOrderByIdAsc(c.no())).anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("no-refund"));
    }

    @Test
    void returnAndRefund_inspectionFail_ownerRefundsPart() {
        Case c = agreed("RETURN_AND_REFUND", null);
        c.customer().post("/return-shipment", "{\"courier\": \"YTO\", \"trackingNo\": \"YT-6666\"}");
        continueAfterMessage(c.remedy());
        work(c.remedy(), RemedyExecution.Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "FAIL",
                "inspectionNotes", "Scratched, but works."));

        work(c.remedy(), RemedyExecution.Element.DECIDE_REFUND, "quinn", Map.of("refundDecision", "REFUND",
                "refundAmount", 120));

        assertThat(c.remedy()).isWaitingAt(RemedyExecution.Element.PAY_REFUND);
        assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(c))).isNotNull();
        assertThat(refunds.findByComplaintIdOrderByIdAsc(id(c)).get(0).getAmount()).isEqualByComparingTo("120.00");
    }

    @Test
    void returnNotShippedInTime_endsWithoutRefund() {
        Instant agreed = Instant.parse("2026-11-04T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(agreed));
        Case c = agreed("RETURN_AND_REFUND", null);
        // the return window of remedy-limits: seven days
        assertThat(job(RemedyExecution.Element.RETURN_NOT_SHIPPED, c.remedy()).getDuedate().toInstant())
                .isEqualTo(agreed.plus(Duration.ofDays(7)));

        execute(job(RemedyExecution.Element.RETURN_NOT_SHIPPED, c.remedy()));

        assertThat(c.remedy()).isEnded().hasPassed(RemedyExecution.Element.GOODS_NOT_SENT_BACK)
                .hasNotPassed(RemedyExecution.Element.CONFIRM_REMEDY);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(c.no()))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("return-not-shipped"));
        assertThat(c.pi()).isWaitingAt(Element.AWAIT_SURVEY);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(id(c))).isEmpty();
        assertThat(c.customer().post("/return-shipment", "{\"courier\": \"YTO\", \"trackingNo\": \"YT-7777\"}").status())
                .isEqualTo(409);
    }

    @Test
    void refundDeadlinePassed_escalatesTheRefundTaskToSupervisors() {
        Case c = agreed("REFUND_FULL", null);
        int before = task(RemedyExecution.Element.ISSUE_REFUND, byHand(c)).getPriority();

        execute(job(RemedyExecution.Element.REFUND_OVERDUE, c.remedy()));

        var refundTask = task(RemedyExecution.Element.ISSUE_REFUND, byHand(c));
        assertThat(refundTask).hasCandidateGroup("finance-desk").hasCandidateGroup("supervisors");
        assertThat(refundTask.getPriority()).isGreaterThan(before);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(c.no())).anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("refund-overdue"));
        // the refund itself goes on
        work(byHand(c), RemedyExecution.Element.ISSUE_REFUND, "sofia", Map.of("paymentReference", "PAY-LATE"));
        assertThat(c.remedy()).isEnded();
    }

    @Test
    void refundDeadline_isFortyEightHoursAfterTheDecision() {
        Instant decided = Instant.parse("2026-11-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(decided));
        Case c = agreed("REFUND_FULL", null);

        assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(c)).getDueDate().toInstant())
                .isEqualTo(decided.plus(Duration.ofHours(48)));
        assertThat(c.remedy()).hasPassed(RemedyExecution.Element.DETERMINE_REMEDY_LIMITS)
                .variables().containsEntry(RemedyExecution.Var.REFUND_WITHIN, "PT48H");
    }

    @Test
    void changedRemedyLimits_applyToRemediesStartedAfterwards_runningOnesKeepTheirDeadline() throws Exception {
        Instant decided = Instant.parse("2026-11-03T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(decided));
        Case running = agreed("REFUND_FULL", null);
        var repository = processEngine.getRepositoryService();
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes/remedy-limits.dmn"))
                .replace("\"PT48H\"", "\"PT24H\"");
        String deployment = repository.createDeployment().name("process owner: refunds within a day")
                .addString("remedy-limits.dmn", table).deploy().getId();
        try {
            Case later = agreed("REFUND_FULL", null);

            assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(later)).getDueDate().toInstant())
                    .isEqualTo(decided.plus(Duration.ofHours(24)));
            assertThat(job(RemedyExecution.Element.REFUND_OVERDUE, later.remedy()).getDuedate().toInstant())
                    .isEqualTo(decided.plus(Duration.ofHours(24)));
            // the remedy that started before keeps the deadline it started with
            assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(running)).getDueDate().toInstant())
                    .isEqualTo(decided.plus(Duration.ofHours(48)));
            assertThat(job(RemedyExecution.Element.REFUND_OVERDUE, running.remedy()).getDuedate().toInstant())
                    .isEqualTo(decided.plus(Duration.ofHours(48)));
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void returnShipment_continuesInAJobOfItsOwn_soAFailureAfterItIsAnIncident_notAnErrorForTheCustomer() {
        Case c = agreed("RETURN_AND_REFUND", null);
        // the step after the shipment cannot run: the inspection task's priority has nothing to read
        runtimeService().removeVariable(c.remedy().getId(), ComplaintHandling.Var.PRIORITY);

        var shipped = c.customer().post("/return-shipment", "{\"courier\": \"SF Express\", \"trackingNo\": \"SF-4321-RET\"}");

        assertThat(shipped.status()).isEqualTo(200);
        assertThat(actions.findByComplaintIdOrderByIdAsc(id(c))).singleElement().satisfies(a -> {
            assertThat(a.getState()).isEqualTo("SHIPPED");
            assertThat(a.getReference()).isEqualTo("SF-4321-RET");
        });
        var management = processEngine.getManagementService();
        var next = management.createJobQuery().processInstanceId(c.remedy().getId()).messages().singleResult();
        assertThat(next).isNotNull();
        for (int attempt = 1; attempt <= 3; attempt++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(next.getId()))
                    .hasMessageContaining("priority");
        }
        assertThat(management.createJobQuery().jobId(next.getId()).singleResult().getRetries()).isZero();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(c.remedy().getId()).count()).isEqualTo(1);
        assertThat(c.customer().post("/return-shipment", "{\"courier\": \"SF Express\", \"trackingNo\": \"SF-4321-RET\"}")
                .status()).isEqualTo(409); // recorded once: the case no longer waits for the goods

        // an operator fixes the cause and retries in Cockpit
        runtimeService().setVariable(c.remedy().getId(), ComplaintHandling.Var.PRIORITY, 50);
        management.setJobRetries(next.getId(), 1);
        management.executeJob(next.getId());

        assertThat(task(RemedyExecution.Element.INSPECT_RETURN, c.remedy())).hasCandidateGroup("warehouse");
        assertThat(actions.findByComplaintIdOrderByIdAsc(id(c))).hasSize(1);
    }

    @Test
    void refunds_neverExceedTheAmountPaidAcrossTheCase() {
        Case c = agreed("REFUND_PARTIAL", 150.0);
        work(byHand(c), RemedyExecution.Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-1"));
        c.customer().survey(false, 2); // reopened
        investigateAndOffer(c.pi(), "quinn", "REFUND_PARTIAL", 100.0); // 150 + 100 > 200 paid
        c.customer().answerOffer(true);
        ProcessInstance second = called(c.pi(), REMEDY);

        assertThat(second).isWaitingAt(RemedyExecution.Element.DECIDE_REFUND)
                .hasNotPassed(RemedyExecution.Element.RECORD_REFUND_REQUEST);
        assertThat(second).variables().containsEntry(RemedyExecution.Var.REMEDY_BRANCH, "OWNER_DECIDES_REFUND");
        assertThat(second).variables().containsEntry("refundableLeft", 50.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> work(second, RemedyExecution.Element.DECIDE_REFUND,
                "quinn", Map.of("refundDecision", "REFUND", "refundAmount", 60))).hasMessageContaining("at most 50");

        work(second, RemedyExecution.Element.DECIDE_REFUND, "quinn", Map.of("refundDecision", "REFUND", "refundAmount", 50));

        assertThat(refunds.committed(id(c))).isEqualByComparingTo("200.00");
    }

    @Test
    void surveyAnsweredTwice_orBeforeItWasSent_isAConflict() {
        Case c = agreed("REFUND_FULL", null);
        assertThat(c.customer().survey(true, 4).status()).isEqualTo(409); // not sent yet
        work(byHand(c), RemedyExecution.Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-2"));

        assertThat(c.customer().survey(true, 4).status()).isEqualTo(200);
        DeskClient.Response again = c.customer().survey(false, 1);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:survey-not-open");
        assertThat(c.customer().post("/survey", "{\"solved\": true, \"score\": 9}").status()).isEqualTo(400);
    }

    @Test
    void withdrawal_isTooLateOnceTheRemedyRuns() {
        Case c = agreed("REFUND_FULL", null);

        assertThat(c.customer().post("/withdraw", "{}").status()).isEqualTo(409);
        assertThat(task(RemedyExecution.Element.ISSUE_REFUND, byHand(c))).isNotNull();
    }

    /** The adapter process a call activity of the remedy started. */
    private static ProcessInstance adapter(Case c, String adapterKey) {
        return called(c.remedy(), adapterKey);
    }

    /** The refund-by-hand instance paying the case's refund (the default, manual, payments adapter). */
    private static ProcessInstance byHand(Case c) {
        return adapter(c, RemedyExecution.Adapter.REFUND_BY_HAND);
    }

    /** The job executor's part: the step after a message runs in a job of its own. */
    private void continueAfterMessage(ProcessInstance pi) {
        execute(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages()
                .executable().singleResult());
    }

    private long id(Case c) {
        return complaints.getByComplaintNo(c.no()).getId();
    }

    private ComplaintStatus status(Case c) {
        return complaints.getByComplaintNo(c.no()).getStatus();
    }

    private static org.camunda.bpm.engine.TaskService taskService() {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService();
    }
}
