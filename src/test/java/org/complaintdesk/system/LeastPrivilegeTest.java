package org.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ProcessTestSupport;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role × capability matrix of the README, role by role, over HTTP: what each role must NOT be able to do, in
 * our API, in engine REST and in the webapps — answered 403 or 404 with none of the case's data in the body, or an
 * empty list. Each denial has a positive control (the quality desk, whose case it is, does get the data), so a
 * check cannot pass by accident.
 */
@DeskTest
class LeastPrivilegeTest extends ProcessTestSupport {

    /** Words of the case that must not leak to those who may not read it. */
    private static final String CUSTOMER_NAME = "Ana Lima";
    private static final String DESCRIPTION = "The desk lamp hums and flickers since the first day.";

    @LocalServerPort
    int port;

    DeskClient desk;
    Filed qualityCase;
    String taskId;
    String no;
    String pi;

    /** A complaint routed to the quality desk (quinn), its investigation waiting in quinn's inbox. */
    @BeforeEach
    void qualityCase() {
        desk = new DeskClient(port);
        qualityCase = fileAndStart(complaint("PRODUCT_QUALITY", DESCRIPTION));
        no = qualityCase.complaintNo();
        pi = qualityCase.pi().getId();
        taskId = task(Element.INVESTIGATE_COMPLAINT, qualityCase.pi()).getId();
    }

    private static void deniedWithoutData(Response response, Integer... statuses) {
        assertThat(response.status()).as(response.raw().request().uri().toString()).isIn((Object[]) statuses);
        assertThat(response.body()).doesNotContain(CUSTOMER_NAME).doesNotContain("hums and flickers");
    }

    private static void emptyList(Response response) {
        assertThat(response.status()).as(response.raw().request().uri().toString()).isEqualTo(200);
        assertThat(response.json()).as(response.raw().request().uri().toString()).isEmpty();
    }

    private Response put(String path, String user, String json) {
        return desk.send(desk.request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private Response delete(String path, String user) {
        return desk.send(desk.request(path, user).DELETE().build());
    }

    /** What engine REST tells about the quality case: its tasks, variables and history. */
    private List<Response> engineReadsOfTheCase(String user) {
        return List.of(
                desk.get("/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + no, user),
                desk.get("/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + pi, user),
                desk.get("/engine-rest/process-instance?maxResults=100&businessKey=" + no, user),
                desk.get("/engine-rest/history/process-instance?maxResults=100&processInstanceBusinessKey=" + no, user),
                desk.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pi, user),
                desk.get("/engine-rest/history/task?maxResults=100&processInstanceBusinessKey=" + no, user));
    }

    @Test
    void theCasesDesk_readsItEverywhere() {
        assertThat(desk.get("/api/complaints/" + no, "quinn").status()).isEqualTo(200);
        for (Response read : engineReadsOfTheCase("quinn")) {
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json()).as(read.raw().request().uri().toString()).isNotEmpty();
        }
        assertThat(desk.get("/engine-rest/process-instance/" + pi + "/variables", "quinn").body()).contains(CUSTOMER_NAME);
    }

    @Test
    void anotherDesk_seesNothingOfTheCase() {
        deniedWithoutData(desk.get("/api/complaints/" + no, "sam"), 404);
        engineReadsOfTheCase("sam").forEach(LeastPrivilegeTest::emptyList);
        Response everyVariable = desk.get("/engine-rest/variable-instance?maxResults=1000", "sam");
        assertThat(StreamSupport.stream(everyVariable.json().spliterator(), false)
                .map(v -> v.path("processInstanceId").asText())).doesNotContain(pi);
        deniedWithoutData(desk.get("/engine-rest/process-instance/" + pi + "/variables", "sam"), 403, 404);
        deniedWithoutData(desk.get("/engine-rest/task/" + taskId + "/form-variables", "sam"), 403, 404);
        deniedWithoutData(desk.postJson("/engine-rest/task/" + taskId + "/claim", "sam", "{\"userId\": \"sam\"}"), 403);
        deniedWithoutData(put("/engine-rest/process-instance/" + pi + "/variables/desk", "sam",
                "{\"value\": \"service-desk\"}"), 403);
        deniedWithoutData(desk.postJson("/engine-rest/message", "sam",
                "{\"messageName\": \"ComplaintWithdrawn\", \"businessKey\": \"" + no + "\"}"), 403);
        deniedWithoutData(desk.get("/api/complaints/" + no + "/evidence/1", "sam"), 404);
    }

    @Test
    void triageAndArbitratorsAndTheWarehouse_seeNothingOfACaseThatGaveThemNoTask() {
        for (String user : List.of("tara", "arthur", "wes")) {
            deniedWithoutData(desk.get("/api/complaints/" + no, user), 404);
            engineReadsOfTheCase(user).forEach(LeastPrivilegeTest::emptyList);
        }
        deniedWithoutData(desk.upload("/api/complaints/" + no + "/evidence", "wes", null, "x.png", "image/png",
                Files.PNG, null), 404);
    }

    @Test
    void channels_fileComplaints_andNothingElse() {
        deniedWithoutData(desk.get("/api/complaints/" + no, "gateway"), 404);
        deniedWithoutData(desk.get("/api/cases?q=" + no, "gateway"), 403);
        deniedWithoutData(desk.upload("/api/complaints/" + no + "/evidence", "gateway", null, "x.png", "image/png",
                Files.PNG, null), 403);
        deniedWithoutData(desk.postJson("/api/payments/refunds/" + no + "-R1/settled", "gateway",
                "{\"status\": \"SETTLED\"}"), 403);
        deniedWithoutData(put("/api/merchants/M-1/users/mia", "gateway", ""), 403);
        deniedWithoutData(desk.get("/engine-rest/task?maxResults=10", "gateway"), 401, 403);
        deniedWithoutData(desk.get("/engine-rest/variable-instance?maxResults=10", "gateway"), 401, 403);
    }

    @Test
    void thePaymentService_reportsSettlements_andNothingElse() {
        deniedWithoutData(desk.get("/api/complaints/" + no, "payments"), 404);
        deniedWithoutData(desk.get("/api/cases", "payments"), 403);
        deniedWithoutData(desk.postJson("/api/complaints", "payments", org.complaintdesk.support.Requests.complaint(
                org.complaintdesk.support.Requests.uniqueId())), 403);
        deniedWithoutData(desk.get("/engine-rest/task?maxResults=10", "payments"), 401, 403);
    }

    @Test
    void merchants_actOnlyOnTheirMerchantsCases_andNeverOnTheEngine() {
        // the quality case's order is from merchant M-1; mia acts for M-77
        deniedWithoutData(desk.upload("/api/complaints/" + no + "/evidence", "mia", null, "x.pdf", "application/pdf",
                Files.PDF, null), 404);
        deniedWithoutData(desk.get("/api/complaints/" + no, "mia"), 404);
        deniedWithoutData(desk.get("/api/cases", "mia"), 403);
        deniedWithoutData(desk.get("/engine-rest/task?maxResults=10", "mia"), 403);
        deniedWithoutData(desk.get("/engine-rest/history/variable-instance?maxResults=10", "mia"), 403);
        assertThat(desk.webappLogin("tasklist", "mia").login().status()).isEqualTo(403);
        // every user may log in to the webapps' welcome page; the engine behind it stays closed to merchants
        DeskClient.WebappSession welcome = desk.webappLogin("welcome", "mia");
        assertThat(welcome.login().status()).isEqualTo(200);
        deniedWithoutData(desk.send(welcome.request(desk, "/camunda/api/engine/engine/default/task").GET().build()), 403);
        deniedWithoutData(desk.send(welcome.request(desk,
                "/camunda/api/engine/engine/default/variable-instance").GET().build()), 403);
    }

    @Test
    void supervisors_readEverything_reassign_butNeitherWorkADesksTaskNorChangeVariables() {
        assertThat(desk.get("/api/complaints/" + no, "sofia").status()).isEqualTo(200);
        assertThat(desk.get("/engine-rest/process-instance/" + pi + "/variables", "sofia").body()).contains(CUSTOMER_NAME);
        deniedWithoutData(desk.postJson("/engine-rest/task/" + taskId + "/complete", "sofia", "{\"variables\": {}}"), 403);
        deniedWithoutData(desk.postJson("/engine-rest/task/" + taskId + "/claim", "sofia", "{\"userId\": \"sofia\"}"), 403);
        deniedWithoutData(put("/engine-rest/task/" + taskId + "/variables/priority", "sofia", "{\"value\": 1}"), 403);
        deniedWithoutData(desk.postJson("/engine-rest/process-instance/" + pi + "/variables", "sofia",
                "{\"modifications\": {\"desk\": {\"value\": \"service-desk\"}}}"), 403);
        assertThat(desk.postJson("/engine-rest/task/" + taskId + "/assignee", "sofia", "{\"userId\": \"quinn\"}")
                .status()).isEqualTo(204);
    }

    @Test
    void auditors_readEverything_andChangeNothing() {
        assertThat(desk.get("/api/complaints/" + no, "audrey").status()).isEqualTo(200);
        assertThat(desk.get("/api/cases", "audrey").status()).isEqualTo(200);
        JsonNode history = desk.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pi, "audrey").json();
        assertThat(history.toString()).contains(CUSTOMER_NAME);

        deniedWithoutData(desk.postJson("/engine-rest/task/" + taskId + "/claim", "audrey", "{\"userId\": \"audrey\"}"), 403);
        deniedWithoutData(desk.postJson("/engine-rest/task/" + taskId + "/complete", "audrey", "{\"variables\": {}}"), 403);
        deniedWithoutData(desk.postJson("/engine-rest/task/" + taskId + "/assignee", "audrey", "{\"userId\": \"quinn\"}"), 403);
        deniedWithoutData(put("/engine-rest/process-instance/" + pi + "/variables/desk", "audrey",
                "{\"value\": \"service-desk\"}"), 403);
        deniedWithoutData(delete("/engine-rest/process-instance/" + pi, "audrey"), 403);
        deniedWithoutData(desk.postJson("/engine-rest/message", "audrey",
                "{\"messageName\": \"ComplaintWithdrawn\", \"businessKey\": \"" + no + "\"}"), 403);
        deniedWithoutData(desk.postJson("/api/complaints", "audrey", org.complaintdesk.support.Requests.complaint(
                org.complaintdesk.support.Requests.uniqueId())), 403);
        deniedWithoutData(desk.upload("/api/complaints/" + no + "/evidence", "audrey", null, "x.png", "image/png",
                Files.PNG, null), 403);
        deniedWithoutData(put("/api/merchants/M-1/users/mia", "audrey", ""), 403);
        assertThat(desk.webappLogin("tasklist", "audrey").login().status()).isEqualTo(403);
        assertThat(task(Element.INVESTIGATE_COMPLAINT, qualityCase.pi()).getAssignee()).isNull();
    }

    @Test
    void theCaseLibrary_showsEachReaderTheCasesTheyMayRead() {
        // withdrawn at once: the case goes to the library
        assertThat(new org.complaintdesk.support.Customer(desk, no, qualityCase.token()).post("/withdraw", "{}").status())
                .isEqualTo(200);

        assertThat(desk.get("/api/cases?q=" + no, "quinn").json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(desk.get("/api/cases?q=" + no, "audrey").json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(desk.get("/api/cases?q=" + no, "sofia").json().get("totalElements").asLong()).isEqualTo(1);
        Response otherDesk = desk.get("/api/cases?q=" + no, "sam");
        assertThat(otherDesk.json().get("totalElements").asLong()).isZero();
        assertThat(otherDesk.body()).doesNotContain(CUSTOMER_NAME, no);
    }
}
