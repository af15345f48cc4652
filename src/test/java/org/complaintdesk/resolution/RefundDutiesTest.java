package org.complaintdesk.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.process.RemedyExecution.Element;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.TestUsers;
import org.complaintdesk.system.DeskGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Four eyes on money: whoever set a refund in motion does not pay it by hand. */
@DeskTest
class RefundDutiesTest extends ProcessTestSupport {

    /** A quality agent who also works in finance. */
    static final String AGENT_AND_FINANCE = "fred";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    RefundRepository refunds;

    @Autowired
    ComplaintRepository complaints;

    DeskClient desk;

    @BeforeEach
    void users() {
        desk = new DeskClient(port);
        TestUsers.ensure(identityService, AGENT_AND_FINANCE, DeskGroups.QUALITY_DESK, DeskGroups.FINANCE_DESK);
    }

    @Test
    void whoDecidedARefund_mayNotPayItByHand() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "The lamp arrived with a dented base."));
        investigateAndOffer(filed.pi(), AGENT_AND_FINANCE, "RETURN_AND_REFUND", null);
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        customer.answerOffer(true);
        ProcessInstance remedy = called(filed.pi(), org.complaintdesk.process.RemedyExecution.PROCESS_KEY);
        customer.post("/return-shipment", "{\"courier\": \"YTO\", \"trackingNo\": \"YT-4242\"}");
        execute(processEngine.getManagementService().createJobQuery().processInstanceId(remedy.getId()).messages()
                .singleResult()); // the job executor's part: the case goes on after the shipment in a job
        work(remedy, Element.INSPECT_RETURN, "wes", Map.of("inspectionResult", "FAIL", "inspectionNotes", "Dented."));
        work(remedy, Element.DECIDE_REFUND, AGENT_AND_FINANCE, Map.of("refundDecision", "REFUND", "refundAmount", 60));
        ProcessInstance byHand = called(remedy, org.complaintdesk.process.RemedyExecution.Adapter.REFUND_BY_HAND);
        String taskId = task(Element.ISSUE_REFUND, byHand).getId();

        assertThat(refunds.findByComplaintIdOrderByIdAsc(complaints.getByComplaintNo(filed.complaintNo()).getId()))
                .singleElement().satisfies(r -> assertThat(r.getRequestedBy()).isEqualTo(AGENT_AND_FINANCE));
        assertThatThrownBy(() -> work(byHand, Element.ISSUE_REFUND, AGENT_AND_FINANCE, Map.of("paymentReference", "PAY-9")))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("may not pay it by hand");
        assertThat(desk.postJson("/engine-rest/task/" + taskId + "/submit-form", AGENT_AND_FINANCE,
                "{\"variables\": {\"paymentReference\": {\"value\": \"PAY-9\"}}}").status()).isEqualTo(403);
        assertThat(desk.postJson("/engine-rest/task/" + taskId + "/claim", AGENT_AND_FINANCE,
                "{\"userId\": \"" + AGENT_AND_FINANCE + "\"}").status()).isEqualTo(403);
        assertThat(byHand).isWaitingAt(Element.ISSUE_REFUND);

        work(byHand, Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-9"));
        assertThat(remedy).isEnded();
    }
}
