package org.complaintdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.complaintdesk.complaint.CustomerTokens;
import org.complaintdesk.support.DeskClient.Response;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.support.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may read a complaint: staff who may read the case (Basic), the customer with its token, nobody else. */
@DeskTest
class CaseFileAccessTest {

    @LocalServerPort
    int port;

    DeskClient desk;
    String complaintNo;
    String token;

    @BeforeEach
    void fileComplaint() {
        desk = new DeskClient(port);
        JsonNode receipt = desk.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId())).json();
        complaintNo = receipt.get("complaintNo").asText();
        token = receipt.get("customerToken").asText();
    }

    @Test
    void staff_seeTheWholeComplaintWithItsMessages() {
        Response response = desk.get("/api/complaints/" + complaintNo, "sofia");

        assertThat(response.status()).isEqualTo(200);
        JsonNode complaint = response.json();
        assertThat(complaint.get("complaintNo").asText()).isEqualTo(complaintNo);
        assertThat(complaint.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(complaint.get("stage").asText()).isEqualTo("RECEIVE");
        assertThat(complaint.get("deadlines").get("firstResponseDueAt").asText()).isNotBlank();
        assertThat(complaint.get("customer").get("email").asText()).isEqualTo("li.wei@example.com");
        assertThat(complaint.get("messages").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(complaint.get("category").asText()).isEqualTo("PRODUCT_QUALITY");
        assertThat(complaint.has("handling")).isTrue();
    }

    @Test
    void auditorsRead_channelsAndDesksWithoutTheCaseDoNot() {
        assertThat(desk.get("/api/complaints/" + complaintNo, "audrey").status()).isEqualTo(200);
        Response channel = desk.get("/api/complaints/" + complaintNo, "gateway");
        Response otherDesk = desk.get("/api/complaints/" + complaintNo, "sam");

        assertThat(channel.status()).isEqualTo(404);
        assertThat(otherDesk.status()).isEqualTo(404);
        assertThat(otherDesk.body()).doesNotContain("Li Wei", "kettle");
    }

    @Test
    void customerWithToken_seesTheirComplaintWithoutInternals() {
        Response response = desk.getWithHeader("/api/complaints/" + complaintNo, CustomerTokens.HEADER, token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode complaint = response.json();
        assertThat(complaint.get("complaintNo").asText()).isEqualTo(complaintNo);
        assertThat(complaint.get("deadlines").get("firstResponseDueAt")).isNotNull();
        assertThat(complaint.get("customer").has("email")).isFalse();
        assertThat(complaint.has("messages")).isFalse();
        assertThat(complaint.has("handling")).isFalse();
        assertThat(complaint.has("priority")).isFalse();
        assertThat(complaint.get("order").has("merchantId")).isFalse();
    }

    @Test
    void wrongToken_isNotFoundRevealingNothing() {
        Response wrong = desk.getWithHeader("/api/complaints/" + complaintNo, CustomerTokens.HEADER, "guess" + token);
        Response unknown = desk.getWithHeader("/api/complaints/CP-1999-999999", CustomerTokens.HEADER, token);

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrong.json().get("type").asText()).isEqualTo(unknown.json().get("type").asText());
    }

    @Test
    void tokenOfAnotherComplaint_isNotFound() {
        String otherToken = desk.postJson("/api/complaints", "gateway", Requests.complaint(Requests.uniqueId()))
                .json().get("customerToken").asText();

        assertThat(desk.getWithHeader("/api/complaints/" + complaintNo, CustomerTokens.HEADER, otherToken).status())
                .isEqualTo(404);
    }

    @Test
    void neitherCredentialsNorToken_is401() {
        Response response = desk.get("/api/complaints/" + complaintNo, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownComplaint_is404ForStaff() {
        Response response = desk.get("/api/complaints/CP-1999-999999", "sam");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:complaint-desk:problem:complaint-not-found");
    }
}
