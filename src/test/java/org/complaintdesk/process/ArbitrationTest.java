package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.complaintdesk.arbitration.ArbitrationRepository;
import org.complaintdesk.arbitration.Ruling;
import org.complaintdesk.archive.CaseRecordRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.notification.RecipientKind;
import org.complaintdesk.resolution.RefundRepository;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two rejected offers → evidence period → ruling → appeal (or not) → final ruling → remedy → follow-up. */
@DeskTest
class ArbitrationTest extends ProcessTestSupport {

    static final String EVIDENCE = EvidenceAndArbitration.PROCESS_KEY;
    static final String REMEDY = org.complaintdesk.process.RemedyExecution.PROCESS_KEY;

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ArbitrationRepository arbitrations;

    @Autowired
    RefundRepository refunds;

    @Autowired
    CaseRecordRepository library;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    record Dispute(Filed filed, Customer customer, ProcessInstance evidence) {
        ProcessInstance pi() {
            return filed.pi();
        }

        String no() {
            return filed.complaintNo();
        }
    }

    /** A complaint about demo merchant M-77 (user mia) whose two offers the customer rejected. */
    private Dispute dispute() {
        Filed filed = riceCookerComplaint("Wang Fang", "wang@example.com", "zh-CN");
        Customer customer = rejectTwice(desk, filed);
        return new Dispute(filed, customer, called(filed.pi(), EVIDENCE));
    }

    private static Map<String, Object> ruling(Ruling ruling, String remedy, Double amount, int merchantShare) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("ruling", ruling.name());
        vars.put("remedy", remedy);
        vars.put("remedyAmount", amount);
        vars.put("responsibleParty", merchantShare > 0 ? "MERCHANT" : "CUSTOMER");
        vars.put("merchantShare", merchantShare);
        vars.put("rationale", "The listing promised 5 litres; the merchant's own spec sheet says 3.");
        return vars;
    }

    @Test
    void evidenceFromBothSides_buyerFavour_noAppeal_refundAndSurvey_closedAsRuled() {
        Dispute d = dispute();
        assertThat(d.evidence()).isWaitingAt(EvidenceAndArbitration.Element.AWAIT_EVIDENCE);
        assertThat(complaints.getByComplaintNo(d.no()).getStatus()).isEqualTo(ComplaintStatus.EVIDENCE_PERIOD);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(d.no()))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("evidence-period"))
                .anySatisfy(m -> {
                    assertThat(m.getRecipientKind()).isEqualTo(RecipientKind.MERCHANT);
                    assertThat(m.getRecipientAddress()).isEqualTo("mia@complaint-desk.local");
                });

        assertThat(desk.upload("/api/complaints/" + d.no() + "/evidence", null, d.filed().token(), "label.png",
                "image/png", Files.PNG, "Photo of the capacity label").status()).isEqualTo(201);
        assertThat(desk.upload("/api/complaints/" + d.no() + "/evidence", "mia", null, "spec.pdf",
                "application/pdf", Files.PDF, "Our spec sheet").status()).isEqualTo(201);
        assertThat(d.customer().post("/evidence/done", "").status()).isEqualTo(204);
        assertThat(d.evidence()).isWaitingAt(EvidenceAndArbitration.Element.AWAIT_EVIDENCE); // one side only
        assertThat(desk.send(desk.request("/api/complaints/" + d.no() + "/evidence/done", "mia")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(204);
        continueCase(d.filed());

        assertThat(d.evidence()).hasPassed(EvidenceAndArbitration.Element.CLOSE_EVIDENCE_PERIOD)
                .isWaitingAt(EvidenceAndArbitration.Element.RULE_ON_DISPUTE);
        assertThat(task(EvidenceAndArbitration.Element.RULE_ON_DISPUTE, d.evidence())).hasCandidateGroup("arbitrators");
        assertThat(d.evidence()).variables().hasEntrySatisfying("evidenceList", list ->
                assertThat(list.toString()).contains("label\\.png", "spec\\.pdf", "/desk/cases/" + d.no() + "/evidence/"));
        assertThat(d.evidence()).variables().hasEntrySatisfying("negotiationHistory", history ->
                assertThat(history.toString()).contains("Offer 1", "APOLOGY", "Offer 2", "COMPENSATION_COUPON", "REJECTED"));

        work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling(Ruling.BUYER_FAVOUR, "REFUND_FULL", null, 100));

        assertThat(d.evidence()).isWaitingAt(EvidenceAndArbitration.Element.AWAIT_APPEAL);
        assertThat(complaints.getByComplaintNo(d.no()).getStatus()).isEqualTo(ComplaintStatus.RULED);
        execute(job(EvidenceAndArbitration.Element.APPEAL_WINDOW_CLOSES, d.evidence()));

        assertThat(d.evidence()).isEnded();
        var complaint = complaints.getByComplaintNo(d.no());
        assertThat(complaint.isRulingFinal()).isTrue();
        assertThat(complaint.getRemedyAmount()).isEqualByComparingTo("300.00");
        ProcessInstance remedy = called(d.pi(), REMEDY);
        work(called(remedy, RemedyExecution.Adapter.REFUND_BY_HAND), RemedyExecution.Element.ISSUE_REFUND, "fiona",
                Map.of("paymentReference", "PAY-RULED-1"));

        // not solved, but the ruling was final: closed as RULED, never reopened
        d.customer().survey(false, 2);
        assertThat(d.pi()).isEnded().hasNotPassed(ComplaintHandling.Element.REOPEN_CASE);
        assertThat(complaints.getByComplaintNo(d.no()).getOutcome()).isEqualTo(Outcome.RULED);
        assertThat(library.findById(complaint.getId())).hasValueSatisfying(r -> {
            assertThat(r.isArbitrated()).isTrue();
            assertThat(r.getOutcome()).isEqualTo(Outcome.RULED);
            assertThat(r.getSolved()).isFalse();
            assertThat(r.getRefundedAmount()).isEqualByComparingTo("300.00");
        });
        assertThat(valuesWrittenAgainBySteps(d.no())).as("values a step wrote that the variable already held")
                .isEmpty();
    }

    @Test
    void theDisputeReceivesWhatItReads_andItsFormsShowTheWholeCase() {
        Dispute d = dispute();
        Map<String, Object> evidence = runtimeService().getVariables(d.evidence().getId());
        // the negotiation stays with the case; the arbitrator reads it as the brief (negotiationHistory)
        assertThat(runtimeService().getVariables(d.pi().getId()))
                .containsKeys("findings", "offerId", "lastOffer", "customerComment", "caseLimitsVersion");
        assertThat(evidence).doesNotContainKeys("findings", "offerId", "lastOffer", "customerComment", "caseLimitsVersion")
                .containsEntry("evidencePeriod", runtimeService().getVariable(d.pi().getId(), "evidencePeriod"))
                .containsKeys("rulingWithin", "appealWindow", "appealReviewWithin", "priority");

        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));
        Task rule = task(EvidenceAndArbitration.Element.RULE_ON_DISPUTE, d.evidence());
        assertThat(unfilledFormFields(rule)).isEmpty();
        // the ruling's fields start from the case's last offer and the responsibility the desk found, as before
        assertThat(taskService().getVariables(rule.getId()))
                .containsEntry("remedy", "COMPENSATION_COUPON")
                .containsEntry("responsibleParty", "MERCHANT")
                .containsEntry("customerName", "Wang Fang")
                .containsEntry("productName", "Rice cooker");

        work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling(Ruling.SPLIT, "REFUND_PARTIAL", 150.0, 50));
        assertThat(d.customer().post("/appeal", "{\"reason\": \"Half is not enough.\"}").status()).isEqualTo(200);
        Task review = task(EvidenceAndArbitration.Element.REVIEW_APPEAL, d.evidence());
        assertThat(unfilledFormFields(review)).isEmpty();
        assertThat(taskService().getVariables(review.getId()))
                .containsEntry("rulingLabel", "Split responsibility")
                .containsEntry("remedyAmountText", "150.00 CNY")
                .containsEntry("merchantShareText", "50 %")
                .containsEntry("arbitrator", "arthur");
    }

    @Test
    void evidencePeriodEnds_sellerFavour_nothingToPay() {
        Dispute d = dispute();

        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));
        work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling(Ruling.SELLER_FAVOUR, "REJECT", null, 0));
        execute(job(EvidenceAndArbitration.Element.APPEAL_WINDOW_CLOSES, d.evidence()));

        assertThat(d.pi()).hasPassed(ComplaintHandling.Element.CARRY_OUT_REMEDY)
                .isWaitingAt(ComplaintHandling.Element.AWAIT_SURVEY);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(d.no()).getId())).isEmpty();
        assertThat(outbox.findByComplaintNoOrderByIdAsc(d.no())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("ruling");
            assertThat(m.getRecipientKind()).isEqualTo(RecipientKind.CUSTOMER);
        });
    }

    @Test
    void split_refundsTheRuledPart() {
        Dispute d = dispute();
        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));

        work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling(Ruling.SPLIT, "REFUND_PARTIAL", 150.0, 50));
        execute(job(EvidenceAndArbitration.Element.APPEAL_WINDOW_CLOSES, d.evidence()));

        var ledger = refunds.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(d.no()).getId());
        assertThat(ledger).singleElement().satisfies(r -> assertThat(r.getAmount()).isEqualByComparingTo("150.00"));
        assertThat(arbitrations.findById(complaints.getByComplaintNo(d.no()).getId()).orElseThrow().getMerchantShare())
                .isEqualTo(50);
    }

    @Test
    void inconsistentRuling_isRefused() {
        Dispute d = dispute();
        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));

        Map<String, Object> sellerButRefund = ruling(Ruling.SELLER_FAVOUR, "REFUND_FULL", null, 0);
        assertThatThrownBy(() -> work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                sellerButRefund)).hasMessageContaining("remedy");
        Map<String, Object> noRationale = ruling(Ruling.BUYER_FAVOUR, "REFUND_FULL", null, 100);
        noRationale.put("rationale", " ");
        assertThatThrownBy(() -> work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                noRationale)).hasMessageContaining("rationale");
        assertThat(d.evidence()).isWaitingAt(EvidenceAndArbitration.Element.RULE_ON_DISPUTE);
    }

    @Test
    void appealUpheld_byASupervisorWhoDidNotRule() {
        Dispute d = ruled(Ruling.BUYER_FAVOUR, "REFUND_FULL", null, 100);

        DeskClient.Response appeal = desk.send(desk.request("/api/complaints/" + d.no() + "/appeal", "mia")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\": \"The buyer used it wrongly.\"}"))
                .build());

        assertThat(appeal.status()).isEqualTo(200);
        continueCase(d.filed());
        assertThat(appeal.json().get("appealedBy").asText()).isEqualTo("MERCHANT");
        assertThat(d.evidence()).isWaitingAt(EvidenceAndArbitration.Element.REVIEW_APPEAL);
        assertThat(task(EvidenceAndArbitration.Element.REVIEW_APPEAL, d.evidence())).hasCandidateGroup("supervisors");
        // the arbitrator may not review their own ruling
        String reviewTask = task(EvidenceAndArbitration.Element.REVIEW_APPEAL, d.evidence()).getId();
        assertThatThrownBy(() -> taskService().claim(reviewTask, "arthur")).hasMessageContaining("did not rule");
        // a second appeal is refused
        assertThat(d.customer().post("/appeal", "{\"reason\": \"me too\"}").status()).isEqualTo(409);

        work(d.evidence(), EvidenceAndArbitration.Element.REVIEW_APPEAL, "sofia",
                Map.of("appealDecision", "UPHOLD", "reviewRationale", "The evidence supports the buyer."));

        assertThat(d.evidence()).isEnded().hasPassed(EvidenceAndArbitration.Element.MAKE_RULING_FINAL);
        var arbitration = arbitrations.findById(complaints.getByComplaintNo(d.no()).getId()).orElseThrow();
        assertThat(arbitration.getReviewOutcome()).isEqualTo("UPHOLD");
        assertThat(arbitration.getReviewer()).isEqualTo("sofia");
        assertThat(arbitration.getRulingRemedy().name()).isEqualTo("REFUND_FULL");
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(d.no()).getId()))
                .singleElement().satisfies(r -> assertThat(r.getAmount()).isEqualByComparingTo("300.00"));
    }

    @Test
    void appealChangesTheRuling() {
        Dispute d = ruled(Ruling.BUYER_FAVOUR, "REFUND_FULL", null, 100);
        assertThat(d.customer().post("/appeal", "{\"reason\": \"I also want compensation.\"}").status()).isEqualTo(200);

        Map<String, Object> changed = ruling(Ruling.SPLIT, "REFUND_PARTIAL", 120.0, 40);
        changed.put("appealDecision", "CHANGE");
        changed.put("reviewRationale", "Part of the damage was caused in use.");
        work(d.evidence(), EvidenceAndArbitration.Element.REVIEW_APPEAL, "sofia", changed);

        var arbitration = arbitrations.findById(complaints.getByComplaintNo(d.no()).getId()).orElseThrow();
        assertThat(arbitration.getReviewOutcome()).isEqualTo("CHANGE");
        assertThat(arbitration.getRuling()).isEqualTo(Ruling.SPLIT);
        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(d.no()).getId()))
                .singleElement().satisfies(r -> assertThat(r.getAmount()).isEqualByComparingTo("120.00"));
        assertThat(outbox.findByComplaintNoOrderByIdAsc(d.no())).anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("appeal-reviewed"));
    }

    @Test
    void rulingOverdue_raisesItsPriorityAndTellsTheSupervisors_theArbitratorsKeepIt() {
        Instant now = Instant.parse("2026-11-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        Dispute d = dispute();
        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));
        Task ruling = task(EvidenceAndArbitration.Element.RULE_ON_DISPUTE, d.evidence());
        Date due = Date.from(now.plus(Duration.ofDays(3))); // service-levels: a MEDIUM case is ruled within P3D
        assertThat(ruling.getDueDate()).isEqualTo(due);
        Job overdue = job(EvidenceAndArbitration.Element.RULING_OVERDUE, d.evidence());
        assertThat(overdue.getDuedate()).isEqualTo(due);

        execute(overdue);

        assertThat(d.evidence()).hasPassed(EvidenceAndArbitration.Element.ESCALATE_OVERDUE_RULING)
                .isWaitingAt(EvidenceAndArbitration.Element.RULE_ON_DISPUTE);
        Task escalated = task(EvidenceAndArbitration.Element.RULE_ON_DISPUTE, d.evidence());
        assertThat(escalated.getPriority()).isEqualTo(90);
        assertThat(taskService().getIdentityLinksForTask(escalated.getId()))
                .noneMatch(link -> "supervisors".equals(link.getGroupId())); // they may not rule
        assertThat(outbox.findByComplaintNoOrderByIdAsc(d.no())).anySatisfy(m -> {
            assertThat(m.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
            assertThat(m.getTemplate()).isEqualTo("overdue");
            assertThat(m.getSubject()).contains(d.no(), "Rule on the dispute");
        });
    }

    @Test
    void appealReviewOverdue_raisesItsPriorityAndTellsTheSupervisors() {
        Instant now = Instant.parse("2026-11-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        Dispute d = ruled(Ruling.BUYER_FAVOUR, "REFUND_FULL", null, 100);
        assertThat(d.customer().post("/appeal", "{\"reason\": \"Too little.\"}").status()).isEqualTo(200);
        Task review = task(EvidenceAndArbitration.Element.REVIEW_APPEAL, d.evidence());
        assertThat(review.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(2)))); // service-levels: P2D

        execute(job(EvidenceAndArbitration.Element.APPEAL_REVIEW_OVERDUE, d.evidence()));

        assertThat(d.evidence()).hasPassed(EvidenceAndArbitration.Element.ESCALATE_OVERDUE_APPEAL_REVIEW)
                .isWaitingAt(EvidenceAndArbitration.Element.REVIEW_APPEAL);
        assertThat(task(EvidenceAndArbitration.Element.REVIEW_APPEAL, d.evidence()).getPriority()).isEqualTo(90);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(d.no())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("overdue");
            assertThat(m.getSubject()).contains(d.no(), "Review appeal");
        });
    }

    @Test
    void appealAfterTheWindow_isAConflict() {
        Dispute d = ruled(Ruling.BUYER_FAVOUR, "REFUND_FULL", null, 100);
        execute(job(EvidenceAndArbitration.Element.APPEAL_WINDOW_CLOSES, d.evidence()));

        DeskClient.Response late = d.customer().post("/appeal", "{\"reason\": \"Too late?\"}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:appeal-window-closed");
    }

    @Test
    void evidenceAfterThePeriod_isAConflictAndNotStored() {
        Dispute d = dispute();
        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));

        DeskClient.Response late = desk.upload("/api/complaints/" + d.no() + "/evidence", null, d.filed().token(),
                "late.png", "image/png", Files.PNG, null);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:evidence-period-closed");
    }

    private Dispute ruled(Ruling ruling, String remedy, Double amount, int share) {
        Dispute d = dispute();
        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, d.evidence()));
        work(d.evidence(), EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur", ruling(ruling, remedy, amount, share));
        return d;
    }
}
