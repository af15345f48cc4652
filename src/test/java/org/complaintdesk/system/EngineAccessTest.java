package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.http.HttpRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine REST API and the webapps: authenticated, and each group sees what it needs. */
@DeskTest
class EngineAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    IdentityService identityService;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
        init(processEngine);
    }

    @Test
    void demoUsers_existInTheirGroupsWithPasswordEqualToId() {
        for (var demo : DemoUsers.USERS) {
            assertThat(identityService.checkPassword(demo.id(), demo.id())).as(demo.id()).isTrue();
            assertThat(identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count())
                    .as(demo.id() + " in " + demo.group()).isEqualTo(1);
        }
        assertThat(identityService.createUserQuery().userId("demo").memberOfGroup(DeskGroups.ADMINS).count())
                .isEqualTo(1);
    }

    @Test
    void engineRest_withoutCredentials_is401() {
        assertThat(desk.get("/engine-rest/process-definition", null).status()).isEqualTo(401);
    }

    @Test
    void engineRest_admin_seesTheDeployedProcess() {
        Response response = desk.get("/engine-rest/process-definition?key=complaint-handling&latestVersion=true&maxResults=10", "demo");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get(0).get("key").asText()).isEqualTo("complaint-handling");
    }

    @Test
    void engineRest_agentsCannotDeploy() {
        Response response = desk.send(desk.request("/engine-rest/deployment/create", "sam")
                .header("Content-Type", "multipart/form-data; boundary=X")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        --X\r
                        Content-Disposition: form-data; name="deployment-name"\r
                        \r
                        sneaky\r
                        --X\r
                        Content-Disposition: form-data; name="data"; filename="x.bpmn"\r
                        Content-Type: application/octet-stream\r
                        \r
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x"/>\r
                        --X--\r
                        """))
                .build());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void agent_seesTheTaskOfTheirDeskWithItsForm() {
        String complaintNo = desk.postJson("/api/complaints", "gateway",
                Requests.complaint(Requests.uniqueId(), "SERVICE_ATTITUDE", "The agent hung up on me."))
                .json().get("complaintNo").asText();
        ProcessInstance pi = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(complaintNo).singleResult();
        execute(job(pi));
        String taskId = task(pi).getId();

        Response samTasks = desk.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + complaintNo, "sam");
        Response lenaTasks = desk.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + complaintNo, "lena");
        Response form = desk.get("/engine-rest/task/" + taskId + "/deployed-form", "sam");

        assertThat(desk.get("/engine-rest/filter?maxResults=100", "sam").body()).contains("Service desk — open complaints");
        assertThat(samTasks.json()).hasSize(1);
        assertThat(lenaTasks.json()).isEmpty(); // another desk's task is invisible
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("id").asText()).isEqualTo("investigate-complaint");
    }

    @Test
    void tasklist_samLogsIn() {
        DeskClient.WebappSession session = desk.webappLogin("tasklist", "sam");

        assertThat(session.login().status()).isEqualTo(200);
        assertThat(session.login().json().get("userId").asText()).isEqualTo("sam");
        assertThat(session.login().json().get("authorizedApps").toString()).contains("tasklist");
    }
}
