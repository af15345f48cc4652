package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task completion changes only what the task's form declares, and only its assignee completes it — over engine
 * REST (as Tasklist and any script do) and in code.
 */
@DeskTest
class TaskCompletionGuardTest extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A second agent of the quality desk. */
    static final String OTHER_AGENT = "quentin";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    RemedyOfferRepository offers;

    @Autowired
    CaseEventRepository events;

    @Autowired
    IdentityService identityService;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
        TestUsers.ensure(identityService, OTHER_AGENT, DeskGroups.QUALITY_DESK);
    }

    /** What the investigation form declares, filled in to offer an apology. */
    private static Map<String, Object> apology() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("findings", "The lamp flickers; the merchant confirms a faulty batch.");
        form.put("responsibleParty", "MERCHANT");
        form.put("investigationOutcome", "OFFER_REMEDY");
        form.put("remedy", "APOLOGY");
        return form;
    }

    private DeskClient.Response complete(String taskId, String user, String verb, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof Map<?, ?> typed ? typed : Map.of("value", value)));
        try {
            return desk.postJson("/engine-rest/task/" + taskId + "/" + verb, user,
                    JSON.writeValueAsString(Map.of("variables", variables)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Filed qualityComplaint() {
        return fileAndStart(complaint("PRODUCT_QUALITY", "The lamp flickers and then goes dark."));
    }

    @Test
    void completingWithAnotherComplaintsNumber_isRefusedAndChangesNothing() {
        Filed first = qualityComplaint();
        Filed second = qualityComplaint();
        String taskId = task(Element.INVESTIGATE_COMPLAINT, first.pi()).getId();
        Map<String, Object> form = apology();
        form.put("complaintNo", second.complaintNo());

        DeskClient.Response refused = complete(taskId, "quinn", "complete", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("does not declare complaintNo");
        assertThat(first.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(task(Element.INVESTIGATE_COMPLAINT, first.pi()).getAssignee()).isNull(); // the claim rolled back too
        assertThat(first.pi()).variables().containsEntry("complaintNo", first.complaintNo());
        assertThat(offers.countByComplaintId(complaints.getByComplaintNo(first.complaintNo()).getId())).isZero();
        assertThat(offers.countByComplaintId(complaints.getByComplaintNo(second.complaintNo()).getId())).isZero();
        assertThat(second.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void settingWhatTheDeskDecides_isRefused_namingEveryUndeclaredField() {
        Filed filed = qualityComplaint();
        Map<String, Object> form = apology();
        form.put("desk", "service-desk");
        form.put("priority", 100);
        form.put("rulingFinal", true);
        form.put("owner", "mallory");

        DeskClient.Response refused = complete(task(filed.pi()).getId(), "quinn", "submit-form", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("desk, owner, priority, rulingFinal")
                .contains("Nothing was changed");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT).variables()
                .containsEntry("desk", "quality-desk").containsEntry("rulingFinal", false).containsEntry("owner", null);
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getOwnerId()).isNull();
    }

    @Test
    void theDeclaredFields_submittedAsTasklistDoes_completeTheTask_claimingItForTheUser() {
        Filed filed = qualityComplaint();

        DeskClient.Response done = complete(task(filed.pi()).getId(), "quinn", "submit-form", apology());

        assertThat(done.status()).isEqualTo(204);
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
        var complaint = complaints.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getOwnerId()).isEqualTo("quinn");
        assertThat(offers.findByComplaintIdOrderByRoundAsc(complaint.getId()))
                .singleElement().satisfies(o -> assertThat(o.getOfferedBy()).isEqualTo("quinn"));
        assertThat(events.findByComplaintIdOrderByIdAsc(complaint.getId()))
                .filteredOn(e -> List.of("TAKEN", "INVESTIGATED", "OFFER_SENT").contains(e.getType()))
                .extracting(e -> e.getActor()).containsExactly("quinn", "quinn", "quinn");
    }

    @Test
    void aTaskAssignedToSomeoneElse_isRefused() {
        Filed filed = qualityComplaint();
        String taskId = task(filed.pi()).getId();
        as("quinn", () -> taskService().claim(taskId, "quinn"));

        DeskClient.Response refused = complete(taskId, OTHER_AGENT, "complete", apology());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void aUserWhoMayNotWorkTheTask_learnsNothingAboutIt() {
        Filed filed = qualityComplaint();
        String taskId = task(filed.pi()).getId();
        as("quinn", () -> taskService().claim(taskId, "quinn"));

        DeskClient.Response refused = complete(taskId, "sam", "complete", apology());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("quinn");
    }

    @Test
    void valuesAreWhatAFormFieldHolds() {
        Filed filed = qualityComplaint();
        Map<String, Object> tooLong = apology();
        tooLong.put("findings", "x".repeat(4_001));
        Map<String, Object> object = apology();
        object.put("findings", Map.of("value", "{\"a\": 1}", "type", "Json"));

        DeskClient.Response longText = complete(task(filed.pi()).getId(), "quinn", "complete", tooLong);
        DeskClient.Response json = complete(task(filed.pi()).getId(), "quinn", "complete", object);

        assertThat(longText.status()).isEqualTo(400);
        assertThat(longText.body()).contains("findings must be at most 4000 characters");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).contains("findings must be text");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void theDesksOwnChecks_answer400_notAServerError() {
        Filed filed = qualityComplaint();
        Map<String, Object> overPaid = apology();
        overPaid.put("remedy", "REFUND_PARTIAL");
        overPaid.put("remedyAmount", 5_000.0);

        DeskClient.Response refused = complete(task(filed.pi()).getId(), "quinn", "complete", overPaid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("remedyAmount must not exceed the amount paid");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void nobodyCompletesATaskAnonymously() {
        Filed filed = qualityComplaint();
        String taskId = task(filed.pi()).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, apology()))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("authenticated user");
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }
}
