package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.complaintdesk.complaint.CaseEventRepository;
import org.complaintdesk.complaint.CaseStep;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.notification.OutboxMessage;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process owner drops "Send customer message" from Modeler's catalogue into a model: the step the template
 * configures sends the chosen message to the case's customer, and a message name the desk does not know fails
 * the step (an incident) instead of sending nothing.
 */
@DeskTest
class CustomerMessageStepTest extends ProcessTestSupport {

    @Autowired
    OutboxRepository outbox;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CaseEventRepository events;

    @Test
    void templateAppliedAsModelerDoes_sendsTheChosenMessageToTheCustomer() throws IOException {
        Filed filed = file(complaint("DELIVERY_DELAY", "Where is my parcel?"));
        Deployment deployment = deploy(modelFromTemplate("delay-notice"));
        try {
            runtimeService().startProcessInstanceByKey("customer-message-check", filed.complaintNo());

            assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                    .filteredOn(m -> m.getTemplate().equals("delay-notice")).singleElement()
                    .satisfies(m -> assertThat(m.getBody()).contains(filed.complaintNo()));
            Long complaintId = complaints.getByComplaintNo(filed.complaintNo()).getId();
            assertThat(events.findByComplaintIdOrderByIdAsc(complaintId))
                    .anySatisfy(e -> {
                        assertThat(e.getType()).isEqualTo(CaseStep.CUSTOMER_MESSAGE_SENT.name());
                        assertThat(e.getDetail()).isEqualTo("delay-notice");
                    });
        } finally {
            repositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void unknownMessage_failsTheStep_andSendsNothing() throws IOException {
        Filed filed = file(complaint("DELIVERY_DELAY", "Where is my parcel?"));
        long before = outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()).size();
        Deployment deployment = deploy(modelFromTemplate("see-you-in-court"));
        try {
            assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("customer-message-check",
                    filed.complaintNo()))
                    .hasMessageContaining("names no known message: see-you-in-court");
            assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).hasSize((int) before);
        } finally {
            repositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    /** A one-step model whose service task is configured by the element template, the message overridden. */
    private static BpmnModelInstance modelFromTemplate(String message) throws IOException {
        JsonNode template = null;
        for (JsonNode t : new ObjectMapper().readTree(
                Path.of(".camunda/element-templates/complaint-desk-steps.json").toFile())) {
            if (t.path("id").asText().equals("complaint-desk.send-customer-message")) {
                template = t;
            }
        }
        assertThat(template).as("template complaint-desk.send-customer-message").isNotNull();
        ServiceTaskBuilder task = Bpmn.createExecutableProcess("customer-message-check").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("ServiceTask_SendCustomerMessage").name(template.path("name").asText());
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            String value = property.path("value").asText();
            switch (binding.path("type").asText()) {
                case "property" -> {
                    if (binding.path("name").asText().equals("camunda:delegateExpression")) {
                        task.camundaDelegateExpression(value);
                    }
                }
                case "camunda:inputParameter" -> {
                    assertThat(binding.path("name").asText()).isEqualTo("message");
                    assertThat(property.path("choices").findValuesAsText("value")).contains("delay-notice");
                    task.camundaInputParameter("message", message);
                }
                default -> throw new AssertionError("binding the test does not know: " + binding);
            }
        }
        return task.endEvent().done();
    }

    private Deployment deploy(BpmnModelInstance model) {
        return repositoryService().createDeployment().addModelInstance("customer-message-check.bpmn", model).deploy();
    }
}
