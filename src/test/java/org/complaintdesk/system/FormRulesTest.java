package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.EvidenceAndArbitration;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules between a form's fields hold on completion too — for a script on engine REST as for Tasklist, whose
 * form checks them as the agent types: a completion that breaks one is refused with the rule in words (what
 * Tasklist shows), changes nothing, and goes through once the agent fixes it.
 */
@DeskTest
class FormRulesTest extends ProcessTestSupport {


    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RemedyOfferRepository offers;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    /** Completes the task over engine REST as Tasklist does (submit-form), as the user. */
    private DeskClient.Response submit(String taskId, String user, Map<String, Object> values) {
        return desk.submitForm(taskId, user, values);
    }

    /** The user completes the task in code: the guard's refusal, or null when the completion went through. */
    private static String refusal(ProcessInstance pi, String taskKey, String user, Map<String, Object> values) {
        try {
            work(pi, taskKey, user, values);
            return null;
        } catch (FormFieldValidationException refused) {
            return refused.getMessage();
        }
    }

    /** Runs what the process left to jobs that are due now (asynchronous continuations), not timers. */
    private static Map<String, Object> investigation(String remedy, Double amount, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("findings", "The lamp flickers; the merchant confirms a faulty batch.");
        form.put("responsibleParty", "MERCHANT");
        form.put("investigationOutcome", "OFFER_REMEDY");
        form.put("remedy", remedy);
        form.put("remedyAmount", amount);
        form.put("remedyReason", reason);
        return form;
    }

    private Filed qualityComplaint() {
        return fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers and then goes dark."));
    }

    @Test
    void rejectingTheComplaintWithoutAReason_isRefusedOverEngineRest_andChangesNothing() {
        Filed filed = qualityComplaint();
        String taskId = task(filed.pi()).getId();

        DeskClient.Response refused = submit(taskId, "quinn", investigation("REJECT", null, "   "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText())
                .contains("Cannot complete 'Investigate complaint'")
                .contains("rejecting the complaint needs a reason for the customer (remedyReason)")
                .contains("Nothing was changed");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(task(filed.pi()).getAssignee()).isNull();
        assertThat(offers.countByComplaintId(complaints.getByComplaintNo(filed.complaintNo()).getId())).isZero();

        assertThat(submit(taskId, "quinn", investigation("REJECT", null, "The photos show impact damage.")).status())
                .isEqualTo(204);
        runContinuations(filed.pi());
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
    }

    @Test
    void askingTheCustomerWithoutAQuestion_isRefused() {
        Filed filed = qualityComplaint();
        Map<String, Object> ask = new HashMap<>(Map.of("findings", "Need a photo first.", "responsibleParty", "MERCHANT",
                "investigationOutcome", "REQUEST_INFORMATION", "informationRequest", ""));

        assertThat(refusal(filed.pi(), Element.INVESTIGATE_COMPLAINT, "quinn", ask))
                .contains("asking the customer needs the question (informationRequest)");

        ask.put("informationRequest", "Please send a photo of the label.");
        assertThat(refusal(filed.pi(), Element.INVESTIGATE_COMPLAINT, "quinn", ask)).isNull();
    }

    @Test
    void aPartialRefundWithoutAnAmount_isRefused() {
        Filed filed = qualityComplaint();

        assertThat(refusal(filed.pi(), Element.INVESTIGATE_COMPLAINT, "quinn", investigation("REFUND_PARTIAL", null, null)))
                .contains("a partial refund or a coupon needs an amount of more than 0 (remedyAmount)");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void revisingTheOfferToARejectionWithoutAReason_isRefused() {
        Filed filed = qualityComplaint();
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        new Customer(desk, filed.complaintNo(), filed.token()).answerOffer(false);
        runContinuations(filed.pi());
        assertThat(filed.pi()).isWaitingAt(Element.REVISE_OFFER);
        Map<String, Object> revised = new HashMap<>(Map.of("remedy", "REJECT"));

        assertThat(refusal(filed.pi(), Element.REVISE_OFFER, "quinn", revised))
                .contains("Cannot complete 'Revise offer'")
                .contains("rejecting the complaint needs a reason for the customer (remedyReason)");

        revised.put("remedyReason", "The lamp works as described; the flicker is the dimmer setting.");
        assertThat(refusal(filed.pi(), Element.REVISE_OFFER, "quinn", revised)).isNull();
    }

    /** A complaint whose customer accepted a return and refund and shipped the goods back: the warehouse inspects. */
    private ProcessInstance returnedGoods() {
        Filed filed = qualityComplaint();
        investigateAndOffer(filed.pi(), "quinn", "RETURN_AND_REFUND", null);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token());
        assertThat(customer.answerOffer(true).status()).isEqualTo(200);
        runContinuations(filed.pi());
        ProcessInstance remedy = called(filed.pi(), RemedyExecution.PROCESS_KEY);
        assertThat(customer.post("/return-shipment", "{\"courier\": \"YTO\", \"trackingNo\": \"YT-7777\"}").status())
                .isEqualTo(200);
        runContinuations(remedy);
        assertThat(remedy).isWaitingAt(RemedyExecution.Element.INSPECT_RETURN);
        return remedy;
    }

    @Test
    void aFailedInspectionWithoutNotes_isRefused() {
        ProcessInstance remedy = returnedGoods();
        Map<String, Object> inspection = new HashMap<>(Map.of("inspectionResult", "FAIL"));

        assertThat(refusal(remedy, RemedyExecution.Element.INSPECT_RETURN, "wes", inspection))
                .contains("a failed inspection needs notes saying what is wrong with the goods (inspectionNotes)");
        assertThat(remedy).isWaitingAt(RemedyExecution.Element.INSPECT_RETURN);

        inspection.put("inspectionNotes", "Water damage, not a manufacturing fault.");
        assertThat(refusal(remedy, RemedyExecution.Element.INSPECT_RETURN, "wes", inspection)).isNull();
        assertThat(remedy).isWaitingAt(RemedyExecution.Element.DECIDE_REFUND);
    }

    @Test
    void noRefundWithoutAReason_isRefused_andTheOwnerSeesTheInspectionNotes() {
        ProcessInstance remedy = returnedGoods();
        work(remedy, RemedyExecution.Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "FAIL",
                "inspectionNotes", "Water damage, not a manufacturing fault."));
        assertThat(remedy).isWaitingAt(RemedyExecution.Element.DECIDE_REFUND);
        assertThat(taskService().getVariables(task(RemedyExecution.Element.DECIDE_REFUND, remedy).getId()))
                .containsEntry("inspectionNotes", "Water damage, not a manufacturing fault.")
                .containsEntry("refundableLeftText", "200.00 CNY");
        Map<String, Object> decision = new HashMap<>(Map.of("refundDecision", "NO_REFUND", "remedyReason", " "));

        assertThat(refusal(remedy, RemedyExecution.Element.DECIDE_REFUND, "quinn", decision))
                .contains("no refund needs a reason for the customer (remedyReason)");
        assertThat(refusal(remedy, RemedyExecution.Element.DECIDE_REFUND, "quinn",
                Map.of("refundDecision", "REFUND"))).contains("a refund needs an amount of more than 0 (refundAmount)");
        assertThat(remedy).isWaitingAt(RemedyExecution.Element.DECIDE_REFUND);

        decision.put("remedyReason", "The inspection found water damage.");
        assertThat(refusal(remedy, RemedyExecution.Element.DECIDE_REFUND, "quinn", decision)).isNull();
        assertThat(remedy).isEnded();
    }

    /** A complaint whose two offers the customer rejected, after the evidence period: the arbitrator rules. */
    private ProcessInstance disputeToRule(Customer[] customerOut) {
        Filed filed = riceCookerComplaint("Wang Fang", "wang@example.com", "zh-CN");
        Customer customer = rejectTwice(desk, filed);
        ProcessInstance evidence = called(filed.pi(), EvidenceAndArbitration.PROCESS_KEY);
        execute(job(EvidenceAndArbitration.Element.EVIDENCE_PERIOD_ENDS, evidence));
        assertThat(evidence).isWaitingAt(EvidenceAndArbitration.Element.RULE_ON_DISPUTE);
        customerOut[0] = customer;
        return evidence;
    }

    private static Map<String, Object> ruling(String ruling, String remedy, Double amount, int merchantShare) {
        Map<String, Object> form = new HashMap<>();
        form.put("ruling", ruling);
        form.put("remedy", remedy);
        form.put("remedyAmount", amount);
        form.put("responsibleParty", "MERCHANT");
        form.put("merchantShare", merchantShare);
        form.put("rationale", "The listing promised 5 litres; the merchant's own spec sheet says 3.");
        return form;
    }

    @Test
    void aRemedyThatDoesNotFitTheRuling_isRefused() {
        ProcessInstance evidence = disputeToRule(new Customer[1]);
        String fits = "the remedy must fit the ruling (remedy)";

        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("SELLER_FAVOUR", "REFUND_FULL", null, 0))).contains(fits);
        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("BUYER_FAVOUR", "REJECT", null, 100))).contains(fits);
        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("SPLIT", "REFUND_FULL", null, 50))).contains(fits);
        assertThat(evidence).isWaitingAt(EvidenceAndArbitration.Element.RULE_ON_DISPUTE);

        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("SELLER_FAVOUR", "APOLOGY", null, 0))).isNull();
        assertThat(evidence).isWaitingAt(EvidenceAndArbitration.Element.AWAIT_APPEAL);
    }

    @Test
    void aSplitRulingWithAShareOutside1To99_isRefused() {
        ProcessInstance evidence = disputeToRule(new Customer[1]);
        String share = "a split ruling needs the merchant's share between 1 and 99 % (merchantShare)";

        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("SPLIT", "REFUND_PARTIAL", 150.0, 100))).contains(share);
        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("SPLIT", "REFUND_PARTIAL", 150.0, 0))).contains(share);

        assertThat(refusal(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur",
                ruling("SPLIT", "REFUND_PARTIAL", 150.0, 1))).isNull();
    }

    @Test
    void anAppealReview_needsAReason_andAChangedRulingFollowsTheRulingsRules() {
        Customer[] customer = new Customer[1];
        ProcessInstance evidence = disputeToRule(customer);
        work(evidence, EvidenceAndArbitration.Element.RULE_ON_DISPUTE, "arthur", ruling("BUYER_FAVOUR", "REFUND_FULL", null, 100));
        assertThat(customer[0].post("/appeal", "{\"reason\": \"I also want compensation.\"}").status()).isEqualTo(200);
        runContinuations(evidence);
        assertThat(evidence).isWaitingAt(EvidenceAndArbitration.Element.REVIEW_APPEAL);
        String taskId = task(EvidenceAndArbitration.Element.REVIEW_APPEAL, evidence).getId();
        assertThat(taskService().getVariables(taskId)).containsEntry("rulingLabel", "For the buyer")
                .containsEntry("remedyLabel", "Full refund").containsEntry("merchantShareText", "100 %")
                .containsEntry("rulingRationale", "The listing promised 5 litres; the merchant's own spec sheet says 3.");

        DeskClient.Response unexplained = submit(taskId, "sofia", Map.of("appealDecision", "UPHOLD"));
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.json().get("message").asText())
                .contains("upholding or changing a ruling needs the reason why (reviewRationale)");

        Map<String, Object> changed = ruling("SELLER_FAVOUR", "COMPENSATION_COUPON", 30.0, 0);
        changed.put("appealDecision", "CHANGE");
        changed.put("reviewRationale", "The buyer used the cooker for months.");
        assertThat(refusal(evidence, EvidenceAndArbitration.Element.REVIEW_APPEAL, "sofia", changed))
                .contains("the remedy must fit the ruling (remedy)");
        changed.putAll(ruling("SPLIT", "COMPENSATION_COUPON", 30.0, 100));
        assertThat(refusal(evidence, EvidenceAndArbitration.Element.REVIEW_APPEAL, "sofia", changed))
                .contains("a split ruling needs the merchant's share between 1 and 99 % (merchantShare)");
        assertThat(evidence).isWaitingAt(EvidenceAndArbitration.Element.REVIEW_APPEAL);

        changed.put("merchantShare", 60);
        assertThat(refusal(evidence, EvidenceAndArbitration.Element.REVIEW_APPEAL, "sofia", changed)).isNull();
    }

    @Test
    void aWrongChoiceInOneFormSaysNothingAboutAnother_rulesBelongToTheFormTheTaskShows() {
        assertThat(FormRules.check("issue-coupon", Map.of("remedy", "REJECT"))).isEmpty();
        assertThat(FormRules.check("revise-offer", Map.of("remedy", "REJECT"))).hasSize(1);
    }
}
