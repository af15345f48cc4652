package org.complaintdesk.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.ComplaintHandling;
import org.complaintdesk.process.EvidenceAndArbitration.Element;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.TestUsers;
import org.complaintdesk.system.DeskGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Separation of duties in a dispute, however the task is worked: claimed or not, assigned by a supervisor,
 * completed in code, over engine REST or as Tasklist submits a form.
 */
@DeskTest
class ArbitrationDutiesTest extends ProcessTestSupport {

    /** An agent of the quality desk who is also an arbitrator. */
    static final String AGENT_AND_ARBITRATOR = "olga";
    /** An arbitrator who is also a supervisor. */
    static final String ARBITRATOR_AND_SUPERVISOR = "judy";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ArbitrationRepository arbitrations;

    @Autowired
    CaseEventRepository events;

    DeskClient desk;

    @BeforeEach
    void users() {
        desk = new DeskClient(port);
        TestUsers.ensure(identityService, AGENT_AND_ARBITRATOR, DeskGroups.QUALITY_DESK, DeskGroups.ARBITRATORS);
        TestUsers.ensure(identityService, ARBITRATOR_AND_SUPERVISOR, DeskGroups.ARBITRATORS, DeskGroups.SUPERVISORS);
    }

    record Dispute(Filed filed, Customer customer, ProcessInstance evidence) {
    }

    /** Negotiated by the agent, both offers rejected, the evidence period over: the dispute waits for a ruling. */
    private Dispute dispute(String agent) {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp's switch broke on the first day."));
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), agent, "APOLOGY", null);
        customer.answerOffer(false);
        work(filed.pi(), ComplaintHandling.Element.REVISE_OFFER, agent, Map.of("remedy", "APOLOGY"));
        customer.answerOffer(false);
        ProcessInstance evidence = called(filed.pi(), org.complaintdesk.process.EvidenceAndArbitration.PROCESS_KEY);
        execute(job(Element.EVIDENCE_PERIOD_ENDS, evidence));
        return new Dispute(filed, customer, evidence);
    }

    private static Map<String, Object> ruling() {
        Map<String, Object> form = new HashMap<>();
        form.put("ruling", "BUYER_FAVOUR");
        form.put("remedy", "REFUND_FULL");
        form.put("remedyAmount", null);
        form.put("responsibleParty", "MERCHANT");
        form.put("merchantShare", 100);
        form.put("rationale", "The switch is part of the product; it failed in normal use.");
        return form;
    }

    private DeskClient.Response rest(String user, String path, String json) {
        return desk.postJson("/engine-rest/task/" + path, user, json);
    }

    private static final String RULING_JSON = """
            {"variables": {"ruling": {"value": "BUYER_FAVOUR"}, "remedy": {"value": "REFUND_FULL"},
             "responsibleParty": {"value": "MERCHANT"}, "merchantShare": {"value": 100},
             "rationale": {"value": "The switch failed in normal use."}}}""";

    private static final String UPHOLD_JSON = """
            {"variables": {"appealDecision": {"value": "UPHOLD"}, "reviewRationale": {"value": "Fine."}}}""";

    @Test
    void whoNegotiatedTheCase_mayNotRuleOnItsDispute_howeverTheyTry() {
        Dispute d = dispute(AGENT_AND_ARBITRATOR);
        String taskId = task(Element.RULE_ON_DISPUTE, d.evidence()).getId();

        assertThat(rest(AGENT_AND_ARBITRATOR, taskId + "/claim", "{\"userId\": \"" + AGENT_AND_ARBITRATOR + "\"}")
                .status()).isEqualTo(403);
        assertThat(rest(AGENT_AND_ARBITRATOR, taskId + "/complete", RULING_JSON).status()).isEqualTo(403);
        assertThat(rest(AGENT_AND_ARBITRATOR, taskId + "/submit-form", RULING_JSON).status()).isEqualTo(403);
        assertThatThrownBy(() -> work(d.evidence(), Element.RULE_ON_DISPUTE, AGENT_AND_ARBITRATOR, ruling()))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("may not rule");
        assertThat(d.evidence()).isWaitingAt(Element.RULE_ON_DISPUTE);
        assertThat(task(Element.RULE_ON_DISPUTE, d.evidence()).getAssignee()).isNull();

        work(d.evidence(), Element.RULE_ON_DISPUTE, "arthur", ruling());
        assertThat(d.evidence()).isWaitingAt(Element.AWAIT_APPEAL);
        assertThat(arbitrations.findById(complaints.getByComplaintNo(d.filed().complaintNo()).getId()).orElseThrow()
                .getArbitrator()).isEqualTo("arthur");
    }

    @Test
    void nobodyReviewsAnAppealAgainstTheirOwnRuling_howeverTheTaskReachesThem() {
        Dispute d = dispute("quinn");
        work(d.evidence(), Element.RULE_ON_DISPUTE, ARBITRATOR_AND_SUPERVISOR, ruling());
        assertThat(d.customer().post("/appeal", "{\"reason\": \"I want compensation too.\"}").status()).isEqualTo(200);
        String taskId = task(Element.REVIEW_APPEAL, d.evidence()).getId();

        assertThat(rest(ARBITRATOR_AND_SUPERVISOR, taskId + "/claim", "{\"userId\": \"" + ARBITRATOR_AND_SUPERVISOR
                + "\"}").status()).isEqualTo(403);
        assertThat(rest(ARBITRATOR_AND_SUPERVISOR, taskId + "/complete", UPHOLD_JSON).status()).isEqualTo(403);
        assertThat(rest(ARBITRATOR_AND_SUPERVISOR, taskId + "/submit-form", UPHOLD_JSON).status()).isEqualTo(403);
        // a supervisor cannot hand it to them either
        assertThat(rest("sofia", taskId + "/assignee", "{\"userId\": \"" + ARBITRATOR_AND_SUPERVISOR + "\"}").status())
                .isEqualTo(403);
        assertThat(task(Element.REVIEW_APPEAL, d.evidence()).getAssignee()).isNull();

        assertThat(rest("sofia", taskId + "/complete", UPHOLD_JSON).status()).isEqualTo(204);
        var arbitration = arbitrations.findById(complaints.getByComplaintNo(d.filed().complaintNo()).getId()).orElseThrow();
        assertThat(arbitration.getArbitrator()).isEqualTo(ARBITRATOR_AND_SUPERVISOR);
        assertThat(arbitration.getReviewer()).isEqualTo("sofia");
        assertThat(events.findByComplaintIdOrderByIdAsc(arbitration.getComplaintId()))
                .filteredOn(e -> e.getType().equals("RULED") || e.getType().equals("APPEAL_REVIEWED"))
                .extracting(e -> e.getActor()).containsExactly(ARBITRATOR_AND_SUPERVISOR, "sofia");
    }

    @Test
    void theTimelineNamesWhoActed_notWhomTheTaskWasAssignedTo() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp's shade is cracked."));
        String taskId = task(filed.pi()).getId();

        // a supervisor hands the case to quinn: sofia acted, quinn owns it
        assertThat(desk.postJson("/engine-rest/task/" + taskId + "/assignee", "sofia", "{\"userId\": \"quinn\"}")
                .status()).isEqualTo(204);

        var complaint = complaints.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getOwnerId()).isEqualTo("quinn");
        assertThat(events.findByComplaintIdOrderByIdAsc(complaint.getId())).filteredOn(e -> e.getType().equals("TAKEN"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("sofia");
                    assertThat(e.getDetail()).startsWith("quinn owns the case");
                });
    }
}
