package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A process owner changes the model in Camunda Modeler and deploys it over the engine REST API. */
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

    private ProcessDefinition definitionOf(Filed filed) {
        String definitionId = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(filed.pi().getId()).singleResult().getProcessDefinitionId();
        return processEngine.getRepositoryService().getProcessDefinition(definitionId);
    }

    /** The multipart request Camunda Modeler sends ("Deploy current diagram"). */
    private DeskClient.Response deployLikeModeler(String fileName, String bpmn) {
        String boundary = "modeler-boundary";
        String body = part(boundary, "deployment-name", "complaint-handling (Modeler)")
                + part(boundary, "deployment-source", "Camunda Modeler")
                + part(boundary, "deploy-changed-only", "true")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
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
