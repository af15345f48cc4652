package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.notification.RecipientKind;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** First-response escalation and first-contact ownership. */
@DeskTest
class EscalationAndOwnershipTest extends ProcessTestSupport {

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    OutboxRepository outbox;

    @LocalServerPort
    int port;

    @Test
    void firstResponseDeadlinePassedUntaken_escalatesToSupervisors() {
        Filed filed = fileAndStart(complaint("DELIVERY_DELAY", "Parcel stuck for a week."));
        int before = task(filed.pi()).getPriority();

        execute(job(Element.FIRST_RESPONSE_DUE, filed.pi()));

        assertThat(filed.pi()).hasPassed(Element.ESCALATE_COMPLAINT, Element.COMPLAINT_ESCALATED)
                .isWaitingAt(Element.INVESTIGATE_COMPLAINT); // the desk keeps the task; supervisors see it too
        assertThat(task(filed.pi())).hasCandidateGroup("logistics-desk").hasCandidateGroup("supervisors");
        assertThat(task(filed.pi()).getPriority()).isGreaterThan(before).isEqualTo(90);
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).isEscalated()).isTrue();
        assertThat(filed.pi()).variables().containsEntry("escalated", true);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .anySatisfy(m -> {
                    assertThat(m.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
                    assertThat(m.getTemplate()).isEqualTo("escalation");
                    assertThat(m.getSubject()).contains(filed.complaintNo());
                });
        // and the supervisors' Tasklist filter shows it
        var escalated = new DeskClient(port).get("/engine-rest/filter?maxResults=100", "sofia").json();
        String filterId = null;
        for (var filter : escalated) {
            if (filter.get("name").asText().equals("Escalated complaints")) {
                filterId = filter.get("id").asText();
            }
        }
        assertThat(filterId).isNotNull();
        assertThat(new DeskClient(port).get("/engine-rest/filter/" + filterId + "/list?maxResults=100", "sofia").body())
                .contains(task(filed.pi()).getId());
    }

    @Test
    void firstResponseDeadlinePassedButTaken_doesNotEscalate() {
        Filed filed = fileAndStart(complaint("DELIVERY_DELAY", "Parcel stuck for a week."));
        as("lena", () -> taskService().claim(task(filed.pi()).getId(), "lena"));

        execute(job(Element.FIRST_RESPONSE_DUE, filed.pi()));

        assertThat(filed.pi()).hasPassed(Element.TAKEN_IN_TIME).hasNotPassed(Element.ESCALATE_COMPLAINT);
        assertThat(taskService().getIdentityLinksForTask(task(filed.pi()).getId()))
                .noneMatch(link -> "supervisors".equals(link.getGroupId()));
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).isEscalated()).isFalse();
    }

    @Test
    void firstResponseDeadline_firesOncePerCase_notAgainWhenTheInvestigationIsReentered() {
        Filed filed = fileAndStart(complaint("DELIVERY_DELAY", "Parcel stuck for a week."));
        String deadline = job(Element.FIRST_RESPONSE_DUE, filed.pi()).getId();

        investigateAndAsk(filed.pi(), "lena", "Which address was the parcel sent to?");
        execute(job(Element.REPLY_OVERDUE, filed.pi())); // no answer: back to the investigation

        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(firstResponseTimers(filed)).extracting(Job::getId).containsExactly(deadline);

        execute(job(Element.FIRST_RESPONSE_DUE, filed.pi()));
        investigateAndAsk(filed.pi(), "lena", "Is anyone at home in the daytime?");
        execute(job(Element.REPLY_OVERDUE, filed.pi()));

        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT).hasPassed(Element.TAKEN_IN_TIME);
        assertThat(firstResponseTimers(filed)).isEmpty();
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(filed.pi().getId()).activityId(Element.FIRST_RESPONSE_DUE).count()).isEqualTo(1);
    }

    private List<Job> firstResponseTimers(Filed filed) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(filed.pi().getId())
                .activityId(Element.FIRST_RESPONSE_DUE).timers().list();
    }

    @Test
    void firstAgentToClaim_ownsTheCase_andLaterDeskTasksGoToThem() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        as("quinn", () -> taskService().claim(task(filed.pi()).getId(), "quinn"));

        var complaint = complaints.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getOwnerId()).isEqualTo("quinn");
        assertThat(complaint.getOwnerDesk()).isEqualTo("quality-desk");
        assertThat(complaint.getFirstTakenAt()).isNotNull();
        assertThat(filed.pi()).variables().containsEntry("owner", "quinn");

        // the customer rejects the offer: the revision task goes straight to the owner
        investigateAndOffer(filed.pi(), "quinn", "REFUND_PARTIAL", 50.0);
        new DeskClient(port).send(new DeskClient(port).request(
                        "/api/complaints/" + filed.complaintNo() + "/offer-response", null)
                .header("Content-Type", "application/json")
                .header("X-Customer-Token", filed.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"accepted\": false, \"comment\": \"Too little\"}"))
                .build());
        continueCase(filed);

        assertThat(filed.pi()).isWaitingAt(Element.REVISE_OFFER);
        assertThat(task(filed.pi())).isAssignedTo("quinn");
    }

    @Test
    void reassignment_doesNotChangeTheOwner() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        String taskId = task(filed.pi()).getId();
        as("quinn", () -> taskService().claim(taskId, "quinn"));
        taskService().setAssignee(taskId, "sofia");

        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getOwnerId()).isEqualTo("quinn");
    }

    @Test
    void triageTask_doesNotMakeAnOwner() {
        Filed filed = fileAndStart(complaint(null, "Hello, I am not happy, please do something."));
        as("tara", () -> taskService().claim(task(filed.pi()).getId(), "tara"));

        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getOwnerId()).isNull();
    }
}
