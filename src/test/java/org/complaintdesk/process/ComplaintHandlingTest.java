package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeskTest
class ComplaintHandlingTest extends ProcessTestSupport {

    @Autowired
    ComplaintRepository complaints;

    @Test
    void receivedComplaint_continuesAsynchronouslyAfterTheStart() {
        ProcessInstance pi = file(request("DELIVERY_DELAY"));

        assertThat(pi).isStarted().isWaitingAt(ComplaintHandling.Element.START_COMPLAINT_RECEIVED);
        assertThat(complaints.getByComplaintNo(pi.getBusinessKey()).getStatus()).isEqualTo(ComplaintStatus.RECEIVED);

        execute(job(pi));

        assertThat(pi).hasPassed(ComplaintHandling.Element.REGISTER_COMPLAINT, ComplaintHandling.Element.ROUTE_COMPLAINT)
                .isWaitingAt(ComplaintHandling.Element.HANDLE_COMPLAINT);
        assertThat(complaints.getByComplaintNo(pi.getBusinessKey()).getStatus()).isEqualTo(ComplaintStatus.OPEN);
    }

    @Test
    void deliveryDelay_goesToTheLogisticsDesk() {
        ProcessInstance pi = file(request("DELIVERY_DELAY"));
        execute(job(pi));

        assertThat(task(pi)).hasCandidateGroup("logistics-desk");
        assertThat(pi).variables().containsEntry("desk", "logistics-desk").containsEntry("merchantInvolved", false);
    }

    @Test
    void withoutCategoryHint_goesToTheServiceDesk() {
        ProcessInstance pi = file(request(null));
        execute(job(pi));

        assertThat(task(pi)).hasCandidateGroup("service-desk");
        assertThat(pi).variables().containsEntry("category", "OTHER");
    }

    @Test
    void handledComplaint_isClosed() {
        ProcessInstance pi = file(request("PRODUCT_QUALITY"));
        execute(job(pi));
        assertThat(task(pi)).hasCandidateGroup("quality-desk");
        assertThat(pi).variables().containsEntry("customerName", "Ana Lima").containsEntry("orderNo", "O-1");

        complete(task(pi), withVariables("handlingNotes", "Refund agreed with merchant"));

        assertThat(pi).hasPassed(ComplaintHandling.Element.CLOSE_COMPLAINT).isEnded();
        assertThat(complaints.getByComplaintNo(pi.getBusinessKey()).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    private static IntakeRequest request(String category) {
        return new IntakeRequest("WEB_FORM", "web-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-9", "Ana Lima", "ana@example.com", null, "en", false),
                new IntakeRequest.OrderData("O-1", "M-1", "Shop", "Lamp", new BigDecimal("20.00"), "CNY", "YTO",
                        "YT1", null),
                category, "It does not work", List.of("REFUND"), null);
    }
}
