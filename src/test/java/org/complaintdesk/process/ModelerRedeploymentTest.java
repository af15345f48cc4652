package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A process owner changes a model or a decision table in Camunda Modeler and deploys it over the engine REST API. */
@DeskTest
class ModelerRedeploymentTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Test
    void newVersionFromModeler_servesNewComplaints_whileRunningOnesFinishOnTheirs() throws IOException {
        Filed before = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        ProcessDefinition original = definitionOf(before);
        String changed = Files.readString(Path.of("processes/complaint-handling.bpmn"))
                .replace("name=\"Investigate complaint\"", "name=\"Investigate the complaint\"");

        DeskClient.Response deployed = deployLikeModeler("complaint-handling.bpmn", changed);

        assertThat(deployed.status()).isEqualTo(200);
        String deploymentId = deployed.json().get("id").asText();
        try {
            Filed after = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
            ProcessDefinition updated = definitionOf(after);
            assertThat(updated.getVersion()).isEqualTo(original.getVersion() + 1);
            assertThat(task(after.pi()).getName()).isEqualTo("Investigate the complaint");

            // the running complaint stays on its version and carries on
            assertThat(definitionOf(before).getId()).isEqualTo(original.getId());
            assertThat(task(before.pi()).getName()).isEqualTo("Investigate complaint");
            investigateAndOffer(before.pi(), "quinn", "EXCHANGE", null);
            assertThat(before.pi()).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void changedTableFromModeler_servesNewComplaints_whileRunningOnesKeepTheirVersion() throws IOException {
        Instant now = Instant.parse("2026-11-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        // a running complaint that has not reached "Determine service levels" yet: it waits in triage
        Filed running = fileAndStart(complaint(null, "Hello, I am not happy, please do something."));
        assertThat(running.pi()).isWaitingAt(Element.TRIAGE_COMPLAINT);
        String original = Files.readString(Path.of("processes/service-levels.dmn"));
        String changed = original.replace("<outputEntry id=\"OutputEntry_Default_OfferReply\"><text>\"PT72H\"</text>",
                "<outputEntry id=\"OutputEntry_Default_OfferReply\"><text>\"PT96H\"</text>");
        assertThat(changed).isNotEqualTo(original);

        DeskClient.Response deployed = deployLikeModeler("service-levels.dmn", changed);

        assertThat(deployed.status()).isEqualTo(200);
        String deploymentId = deployed.json().get("id").asText();
        try {
            Filed after = fileAndStart(complaint(null, "Hello, I am not happy, please do something."));
            for (Filed filed : new Filed[] {running, after}) {
                as("tara", () -> taskService().complete(task(filed.pi()).getId(),
                        Map.of(Var.CATEGORY, "DELIVERY_DELAY", Var.TRIAGE_SEVERITY, "LOW")));
                investigateAndOffer(filed.pi(), "lena", "APOLOGY", null);
            }

            assertThat(after.pi()).variables().containsEntry(Var.OFFER_REPLY, "PT96H");
            assertThat(job(Element.OFFER_REPLY_DUE, after.pi()).getDuedate())
                    .isEqualTo(Date.from(now.plus(Duration.ofHours(96))));
            // the running complaint evaluated the table after the deployment, in the version it started with
            assertThat(running.pi()).variables().containsEntry(Var.OFFER_REPLY, "PT72H");
            assertThat(job(Element.OFFER_REPLY_DUE, running.pi()).getDuedate())
                    .isEqualTo(Date.from(now.plus(Duration.ofHours(72))));
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    private ProcessDefinition definitionOf(Filed filed) {
        String definitionId = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(filed.pi().getId()).singleResult().getProcessDefinitionId();
        return processEngine.getRepositoryService().getProcessDefinition(definitionId);
    }

    /** The multipart request Camunda Modeler sends ("Deploy current diagram"). */
    private DeskClient.Response deployLikeModeler(String fileName, String model) {
        String boundary = "modeler-boundary";
        String body = part(boundary, "deployment-name", fileName + " (Modeler)")
                + part(boundary, "deployment-source", "Camunda Modeler")
                + part(boundary, "deploy-changed-only", "true")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
        DeskClient desk = new DeskClient(port);
        return desk.send(desk.request("/engine-rest/deployment/create", "demo")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
